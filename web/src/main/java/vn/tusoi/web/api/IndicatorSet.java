package vn.tusoi.web.api;

import java.math.BigDecimal;
import java.util.List;

/** A unit's targets for a period, each with its attainment. */
public record IndicatorSet(String unitCode, String period, List<Item> indicators, int met, int total,
        long version) {

    public record Item(String name, String unit, BigDecimal target, BigDecimal actual, String direction,
            BigDecimal attainmentPercent, String status) {
    }
}
