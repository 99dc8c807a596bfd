package vn.tusoi.web.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tusoi.web.api.Daily;

class CurveChartTest {

    @Test
    void everyDayFromTheStartToTheDeadlineWithTheRunningTotalCarriedOver() {
        Daily daily = new Daily(5, LocalDate.of(2023, 8, 4), List.of(
                new Daily.Day(LocalDate.of(2023, 8, 2), 2, 2), new Daily.Day(LocalDate.of(2023, 8, 3), 1, 3)));
        CurveResource.Chart chart = CurveResource.chart(daily, LocalDate.of(2023, 8, 1));
        assertEquals(List.of("01/08/2023", "02/08/2023", "03/08/2023", "04/08/2023"), chart.dates());
        assertEquals(List.of(0L, 2L, 1L, 0L), chart.held());
        assertEquals(List.of(0L, 2L, 3L, 3L), chart.cumulative());
        assertEquals("04/08/2023", chart.deadline());
        assertEquals(5, chart.expected());
    }

    @Test
    void sessionsAfterTheDeadlineStretchTheAxis() {
        Daily daily = new Daily(1, LocalDate.of(2023, 8, 1), List.of(new Daily.Day(LocalDate.of(2023, 8, 3), 1, 1)));
        CurveResource.Chart chart = CurveResource.chart(daily, LocalDate.of(2023, 8, 1));
        assertEquals(List.of("01/08/2023", "02/08/2023", "03/08/2023"), chart.dates());
        assertEquals(List.of(0L, 0L, 1L), chart.cumulative());
    }
}
