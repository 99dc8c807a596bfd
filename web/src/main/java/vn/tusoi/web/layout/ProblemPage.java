package vn.tusoi.web.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What a page says when it cannot show what was asked. Its template: templates/layout/ProblemPage.html. */
@CheckedTemplate(basePath = "layout")
public record ProblemPage(String title, String detail) implements TemplateInstance {
}
