package vn.tusoi.aggregation.event;

/** A unit's indicators for a period, as counts: met or exceeded, of all ({@code session.indicators}). */
public record IndicatorsChanged(String unitCode, String period, int met, int total, long version) {

    public static final String TYPE = "vn.tusoi.session.indicators.changed";
}
