package vn.tusoi.web.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The tiles and the table of {@link ProgressPage}, as the live stream sends them each time the roll-up changes. Its
 * template: templates/progress/ProgressLive.html, included by the page's.
 */
@CheckedTemplate(basePath = "progress")
public record ProgressLive(Board board) implements TemplateInstance {
}
