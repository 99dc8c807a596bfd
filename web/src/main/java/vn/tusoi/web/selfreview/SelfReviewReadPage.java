package vn.tusoi.web.selfreview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.GradeConditions;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/**
 * One member's self-review as the cell and the committee read it, with the grades they propose and decide, its score
 * sheet ({@code formSheet}: what a refused step sent, else the one kept) and the conditions of the highest grade. Its template:
 * templates/selfreview/SelfReviewReadPage.html.
 */
@CheckedTemplate(basePath = "selfreview")
public record SelfReviewReadPage(Campaign campaign, Unit cell, SelfReview review, Checklist checklist, boolean reviews,
        Scores.CriteriaFrame frame, Scores.Sheet formSheet, GradeConditions conditions, Refusal refusal, String key,
        String notice) implements TemplateInstance {
}
