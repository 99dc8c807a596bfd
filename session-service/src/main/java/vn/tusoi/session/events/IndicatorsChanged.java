package vn.tusoi.session.events;

import java.math.BigDecimal;
import java.util.List;

/** A unit's indicators for a period, replaced as a whole; key: unitCode|period. */
public record IndicatorsChanged(String unitCode, String period, List<Item> indicators, int met, int total,
        long version) {

    public static final String TYPE = "vn.tusoi.session.indicators.changed";

    public record Item(String name, String status, BigDecimal attainmentPercent) {
    }
}
