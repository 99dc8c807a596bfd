package vn.tusoi.session.api;

import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.grading.ScoreSheet;

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
        ScoreSheet score,
        long version) implements Versioned {
}
