package vn.tusoi.web.api;

import java.time.LocalDate;

/** A grading period as session-service resolves it; an occasion's title and the committee that declared it. */
public record GradingPeriod(String code, String kind, LocalDate firstDay, LocalDate lastDay, String title,
        String issuingUnitCode) {
}
