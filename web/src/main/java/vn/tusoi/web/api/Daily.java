package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;

/** The completion curve: units that held the campaign per day, and cumulated. */
public record Daily(long expected, LocalDate deadline, List<Day> days) {

    public record Day(LocalDate date, long held, long cumulative) {
    }
}
