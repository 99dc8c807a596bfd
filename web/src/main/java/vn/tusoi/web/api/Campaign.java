package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;

/** A campaign as session-service shows it. */
public record Campaign(String code, String title, String theme, String issuingUnitCode, List<String> scopeKinds,
        LocalDate startDate, LocalDate deadline, String planReference, String checklistId, String gradingPeriod,
        String status) {

    /** The period its grades are for: as named, or (before periods) its deadline's year. */
    public String gradedFor() {
        return gradingPeriod != null ? gradingPeriod : String.valueOf(deadline.getYear());
    }

    public boolean open() {
        return "OPEN".equals(status);
    }
}
