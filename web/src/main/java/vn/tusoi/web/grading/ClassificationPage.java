package vn.tusoi.web.grading;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.GradeConditions;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/**
 * Xếp loại: a unit's classification for a period, self-graded, proposed and decided, with its 100-point score sheet
 * ({@code frame} its criteria; {@code formSheet} what the form starts from: what a refused step sent, else
 * the sheet kept) and the conditions of the highest grade the
 * service checks. Its template: templates/grading/ClassificationPage.html.
 */
@CheckedTemplate(basePath = "grading")
public record ClassificationPage(Unit unit, ShownPeriod period, Classification classification, String step,
        Scores.CriteriaFrame frame, Scores.Sheet formSheet, GradeConditions conditions, Refusal refusal, String key,
        String notice) implements TemplateInstance {
}
