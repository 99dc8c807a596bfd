package vn.tusoi.session.api;

import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;

public record SelfReviewView(
        String campaignCode,
        String registryNo,
        String unitCode,
        String checklistId,
        long checklistVersion,
        List<Integer> manifestations,
        String personalShortcomings,
        String improvementPlan,
        String stage,
        String selfGrade,
        String proposedGrade,
        String decidedGrade,
        long version) implements Versioned {
}
