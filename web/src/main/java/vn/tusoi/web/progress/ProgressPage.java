package vn.tusoi.web.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Tiến độ: the tiles and the table of a campaign at a unit ({@link ProgressLive}, swapped in live), or as it closed. Its template: templates/progress/ProgressPage.html. */
@CheckedTemplate(basePath = "progress")
public record ProgressPage(Board board) implements TemplateInstance {
}
