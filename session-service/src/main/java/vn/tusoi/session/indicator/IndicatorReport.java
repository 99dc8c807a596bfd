package vn.tusoi.session.indicator;

import java.util.List;

/** A unit's indicators for a period, in their order, and how many were met or exceeded. */
public record IndicatorReport(String unitCode, String period, List<Indicator> indicators, int met, long version) {

    public int total() {
        return indicators.size();
    }
}
