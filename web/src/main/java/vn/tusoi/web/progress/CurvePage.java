package vn.tusoi.web.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Daily;
import vn.tusoi.web.api.Progress;

/** Biểu đồ: the completion curve of a campaign at a unit, day by day. Its template: templates/progress/CurvePage.html. */
@CheckedTemplate(basePath = "progress")
public record CurvePage(Campaign campaign, Progress progress, Daily daily,
        String chartData) implements TemplateInstance {
}
