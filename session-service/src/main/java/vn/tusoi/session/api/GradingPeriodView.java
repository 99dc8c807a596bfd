package vn.tusoi.session.api;

import java.time.LocalDate;

import vn.tusoi.session.period.GradingOccasion;
import vn.tusoi.session.period.GradingPeriod;

/** A grading period: its code, kind and days; an occasion's title and the committee that declared it. */
public record GradingPeriodView(String code, String kind, LocalDate firstDay, LocalDate lastDay, String title,
        String issuingUnitCode) {

    public static GradingPeriodView of(GradingPeriod period, GradingOccasion occasion) {
        return new GradingPeriodView(period.code(), period.kind().name(), period.firstDay(), period.lastDay(),
                occasion == null ? null : occasion.title, occasion == null ? null : occasion.issuingUnitCode);
    }

    public static GradingPeriodView of(GradingOccasion occasion) {
        return of(occasion.period(), occasion);
    }
}
