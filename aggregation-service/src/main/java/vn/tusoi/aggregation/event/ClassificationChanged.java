package vn.tusoi.aggregation.event;

/** A unit's classification for a year ({@code session.classifications}); only the decided grade counts. */
public record ClassificationChanged(String unitCode, int year, String decidedGrade, long version) {

    public static final String TYPE = "vn.tusoi.session.classification.changed";
}
