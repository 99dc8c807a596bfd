package vn.tusoi.web.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A grading period in words: "năm 2026", "quý III năm 2026", "nhiệm kỳ 2020–2025", or an occasion's title. */
public final class PeriodNames {

    /** The codes session-service takes: a year, a quarter, a term, an occasion's (a lower-case slug). */
    public static final String CODE = "\\d{4}|\\d{4}-Q[1-4]|\\d{4}-\\d{4}|[a-z][a-z0-9-]{1,63}";

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodNames() {
    }

    /** The period's name; an occasion's is its title (its code if the title is not known). */
    public static String of(String code, String occasionTitle) {
        if (code.matches("\\d{4}")) {
            return "năm " + code;
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            return "quý " + ROMAN[Integer.parseInt(quarter.group(2)) - 1] + " năm " + quarter.group(1);
        }
        Matcher term = TERM.matcher(code);
        if (term.matches()) {
            return "nhiệm kỳ " + term.group(1) + "–" + term.group(2);
        }
        return occasionTitle != null ? occasionTitle : code;
    }

    /** Whether the code is an occasion's (its name needs the title session-service keeps). */
    public static boolean isOccasion(String code) {
        return code.matches("[a-z][a-z0-9-]{1,63}");
    }
}
