package vn.tusoi.web.selfreview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/** A member's own self-review, against the campaign's checklist, with its score sheet ({@code frame}). Its template: templates/selfreview/SelfReviewPage.html. */
@CheckedTemplate(basePath = "selfreview")
public record SelfReviewPage(Campaign campaign, Unit cell, SelfReview stored, SelfReview shown, boolean editable,
        Checklist checklist, Scores.CriteriaFrame frame, Scores.Sheet formSheet, Refusal refusal, String key,
        String notice) implements TemplateInstance {
}
