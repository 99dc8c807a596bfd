package vn.tusoi.session.api;

import java.math.BigDecimal;
import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;

/** A unit's indicators for a period, each with its attainment, and how many were met or exceeded. */
public record IndicatorView(String unitCode, String period, List<Item> indicators, int met, int total,
        long version) implements Versioned {

    public record Item(String name, String unit, BigDecimal target, BigDecimal actual, String direction,
            BigDecimal attainmentPercent, String status) {
    }
}
