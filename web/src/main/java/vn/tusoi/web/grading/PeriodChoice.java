package vn.tusoi.web.grading;

import java.util.ArrayList;
import java.util.List;

import vn.tusoi.web.api.GradingPeriod;
import vn.tusoi.web.format.PeriodNames;

/**
 * A grading period the grading pages offer to pick (QĐ 366-QĐ/TW grades per term, year, quarter or when needed):
 * its code, its name, and whether it is the one shown.
 */
public record PeriodChoice(String code, String name, boolean chosen) {

    /** A congress term: 2020–2025, 2025–2030. */
    private static final int TERM_YEARS = 5;

    /**
     * This year and last, this year's quarters and last year's fourth, the term that holds this year, and the
     * occasions declared; the period shown among them even when none of these.
     */
    static List<PeriodChoice> offered(String shown, List<GradingPeriod> occasions, int thisYear) {
        List<String> codes = new ArrayList<>(List.of(String.valueOf(thisYear), String.valueOf(thisYear - 1)));
        for (int quarter = 1; quarter <= 4; quarter++) {
            codes.add(thisYear + "-Q" + quarter);
        }
        codes.add((thisYear - 1) + "-Q4");
        int termStart = thisYear - Math.floorMod(thisYear, TERM_YEARS);
        codes.add(termStart + "-" + (termStart + TERM_YEARS));
        List<PeriodChoice> choices = new ArrayList<>();
        for (String code : codes) {
            choices.add(new PeriodChoice(code, PeriodNames.of(code, null), code.equals(shown)));
        }
        for (GradingPeriod occasion : occasions) {
            choices.add(new PeriodChoice(occasion.code(), occasion.title(), occasion.code().equals(shown)));
        }
        if (choices.stream().noneMatch(PeriodChoice::chosen)) {
            choices.add(0, new PeriodChoice(shown, name(shown, occasions), true));
        }
        return choices;
    }

    /** The period's name, an occasion's title among those declared. */
    static String name(String code, List<GradingPeriod> occasions) {
        return PeriodNames.of(code, occasions.stream().filter(o -> o.code().equals(code)).map(GradingPeriod::title)
                .findFirst().orElse(null));
    }
}
