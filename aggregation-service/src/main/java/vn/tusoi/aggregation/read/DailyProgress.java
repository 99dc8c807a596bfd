package vn.tusoi.aggregation.read;

import java.time.LocalDate;
import java.util.List;

/** The completion curve of a campaign at a unit: units of its subtree that held it, day by day, and cumulated. */
public record DailyProgress(String campaignCode, String unitCode, long expected, LocalDate deadline, List<Day> days) {

    public record Day(LocalDate date, long held, long cumulative) {
    }
}
