package vn.tusoi.web.grading;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/** Xếp loại: a unit's classification of a year, self-graded, proposed and decided. Its template: templates/grading/ClassificationPage.html. */
@CheckedTemplate(basePath = "grading")
public record ClassificationPage(Unit unit, int year, Classification classification, String step, Refusal refusal,
        String key, String notice) implements TemplateInstance {
}
