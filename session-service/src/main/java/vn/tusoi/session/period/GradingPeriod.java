package vn.tusoi.session.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * The period a grade is for (QĐ 366-QĐ/TW grades per term, year, quarter or when needed): a year ({@code 2026}), a
 * quarter ({@code 2026-Q3}), a term ({@code 2020-2025}) or an occasion a committee declared ({@code dai-hoi-xiv},
 * with its title and dates). Its days decide which sessions and disciplinary decisions belong to it.
 */
public record GradingPeriod(String code, Kind kind, LocalDate firstDay, LocalDate lastDay) {

    public enum Kind {
        YEAR, QUARTER, TERM, OCCASION
    }

    /** An occasion's code: a lower-case slug, beginning with a letter. */
    public static final String OCCASION_CODE = "[a-z][a-z0-9-]{1,63}";

    private static final int FIRST_YEAR = 1930;
    private static final int LONGEST_TERM = 10;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern OCCASION = Pattern.compile(OCCASION_CODE);

    /** A calendar year. */
    public static GradingPeriod year(int year) {
        return new GradingPeriod(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The year, quarter or term a code names, or null for an occasion's code (looked up by the caller). A code of
     * none of the four shapes, a year before 1930 or after next year, or a term not running forwards over at most
     * ten years is refused (400 {@code period-invalid}).
     */
    static GradingPeriod calendar(String code, String field, int thisYear) {
        Matcher year = YEAR.matcher(code);
        if (year.matches()) {
            return year(checked(year.group(1), code, field, thisYear));
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            int first = checked(quarter.group(1), code, field, thisYear);
            LocalDate start = LocalDate.of(first, 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            return new GradingPeriod(code, Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
        }
        Matcher term = TERM.matcher(code);
        if (term.matches()) {
            int first = checked(term.group(1), code, field, thisYear);
            int last = Integer.parseInt(term.group(2));
            if (last <= first || last - first > LONGEST_TERM) {
                throw invalid(code, field, "a term runs forwards over at most " + LONGEST_TERM + " years");
            }
            return new GradingPeriod(code, Kind.TERM, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        }
        if (OCCASION.matcher(code).matches()) {
            return null;
        }
        throw invalid(code, field, "a year (2026), a quarter (2026-Q3), a term (2020-2025) or an occasion's code");
    }

    /** The year a period's code names, when it names a year; null for a quarter, a term or an occasion. */
    public static Integer yearOf(String code) {
        return YEAR.matcher(code).matches() ? Integer.valueOf(code) : null;
    }

    private static int checked(String digits, String code, String field, int thisYear) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > thisYear + 1) {
            throw invalid(code, field, "the year " + year + " is not one a grade can be for");
        }
        return year;
    }

    private static RuleViolation invalid(String code, String field, String why) {
        return new RuleViolation(400, "period-invalid", field, "not a grading period: " + code + " (" + why + ")");
    }
}
