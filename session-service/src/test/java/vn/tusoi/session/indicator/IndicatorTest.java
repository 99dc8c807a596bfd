package vn.tusoi.session.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.tusoi.session.indicator.Indicator.Direction;
import vn.tusoi.session.indicator.Indicator.Status;

/** The Trà An ward figures of 2022 (seed article on Bình Thủy). */
class IndicatorTest {

    @Test
    void attainmentIsNeverCapped() {
        assertAttainment("179.3", Status.EXCEEDED, indicator("4", "7.17", Direction.HIGHER)); // social mobilisation
        assertAttainment("102.5", Status.EXCEEDED, indicator("40", "41", Direction.HIGHER)); // tax
        assertAttainment("140.0", Status.EXCEEDED, indicator("5", "7", Direction.HIGHER)); // new members
        assertAttainment("31.0", Status.NOT_MET, indicator("100", "31", Direction.HIGHER)); // disaster fund
        assertAttainment("100.0", Status.MET, indicator("33", "33", Direction.HIGHER));
    }

    @Test
    void lowerIsBetterInvertsTheRatio() {
        assertAttainment("200.0", Status.EXCEEDED, indicator("2", "1", Direction.LOWER));
        assertAttainment("50.0", Status.NOT_MET, indicator("2", "4", Direction.LOWER));
        Indicator none = indicator("2", "0", Direction.LOWER);
        assertNull(none.attainmentPercent());
        assertEquals(Status.EXCEEDED, none.status());
    }

    private static void assertAttainment(String percent, Status status, Indicator indicator) {
        assertEquals(new BigDecimal(percent), indicator.attainmentPercent());
        assertEquals(status, indicator.status());
    }

    private static Indicator indicator(String target, String actual, Direction direction) {
        Indicator indicator = new Indicator();
        indicator.target = new BigDecimal(target);
        indicator.actual = new BigDecimal(actual);
        indicator.direction = direction;
        return indicator;
    }
}
