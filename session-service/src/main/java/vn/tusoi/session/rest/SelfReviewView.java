package vn.tusoi.session.rest;

import java.util.List;

public record SelfReviewView(
        String campaignCode,
        String registryNo,
        String unitCode,
        List<Integer> manifestations,
        String personalShortcomings,
        String improvementPlan,
        String stage,
        String selfGrade,
        String proposedGrade,
        String decidedGrade,
        long version) {
}
