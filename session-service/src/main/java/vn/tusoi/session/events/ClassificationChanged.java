package vn.tusoi.session.events;

/** A unit's yearly classification. */
public record ClassificationChanged(String unitCode, int year, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, long version) {

    public static final String TYPE = "vn.tusoi.session.classification.changed";
}
