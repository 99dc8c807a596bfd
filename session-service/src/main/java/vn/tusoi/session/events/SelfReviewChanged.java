package vn.tusoi.session.events;

/** A self-review's grades and stage, and how many manifestations were found: never its text. */
public record SelfReviewChanged(String campaignCode, String registryNo, String unitCode, String stage,
        String selfGrade, String proposedGrade, String decidedGrade, int manifestationsFound, long version) {

    public static final String TYPE = "vn.tusoi.session.self-review.changed";
}
