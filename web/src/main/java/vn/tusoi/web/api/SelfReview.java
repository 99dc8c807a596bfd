package vn.tusoi.web.api;

import java.util.List;

/** A member's self-review as session-service shows it to those allowed to read it. */
public record SelfReview(String campaignCode, String registryNo, String unitCode, String checklistId,
        long checklistVersion, List<Integer> manifestations,
        String personalShortcomings, String improvementPlan, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, Scores.Sheet score, long version) {

    public boolean found(int manifestation) {
        return manifestations != null && manifestations.contains(manifestation);
    }
}
