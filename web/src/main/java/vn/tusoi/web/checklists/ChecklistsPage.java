package vn.tusoi.web.checklists;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Checklist;

/** Danh mục kiểm điểm: every checklist at its current version. Its template: templates/checklists/ChecklistsPage.html. */
@CheckedTemplate(basePath = "checklists")
public record ChecklistsPage(List<Checklist> checklists) implements TemplateInstance {
}
