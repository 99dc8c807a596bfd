package vn.tusoi.web.targets;

import java.util.List;

import vn.tusoi.web.api.Campaign;

/** The periods a campaign's targets are reported for. */
public final class ReportingPeriods {

    /** A party congress term: 2020–2025, 2025–2030. */
    static final int TERM_YEARS = 5;

    private ReportingPeriods() {
    }

    /**
     * The campaign's year (the year it starts: a year-end review that ends in January is the past year's), then the
     * term that holds it.
     */
    public static List<String> of(Campaign campaign) {
        int year = campaign.startDate().getYear();
        int termStart = year - Math.floorMod(year, TERM_YEARS);
        if (termStart == year) {
            termStart -= TERM_YEARS; // 2025 closes the 2020–2025 term
        }
        return List.of(String.valueOf(year), termStart + "-" + (termStart + TERM_YEARS));
    }
}
