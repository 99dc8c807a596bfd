package vn.tusoi.session.events;

/** A unit's classification for a period; {@code year} only when the period is a year (the field before periods). */
public record ClassificationChanged(String unitCode, String period, Integer year, String stage, String selfGrade,
        String proposedGrade,
        String decidedGrade, long version) {

    public static final String TYPE = "vn.tusoi.session.classification.changed";
}
