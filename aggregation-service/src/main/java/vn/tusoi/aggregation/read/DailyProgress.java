package vn.tusoi.aggregation.read;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The completion curve of a campaign at a unit: units of its subtree that held it, day by day, and cumulated. */
@Schema(name = "DailyView")
public record DailyProgress(String campaignCode, String unitCode, long expected, LocalDate deadline, List<Day> days) {

    public record Day(LocalDate date, long held, long cumulative) {
    }
}
