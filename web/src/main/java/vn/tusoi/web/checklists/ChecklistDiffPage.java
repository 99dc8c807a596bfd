package vn.tusoi.web.checklists;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.ChecklistDiff;

/**
 * What publishing a loaded list would change, item by item, read before publishing it; the list travels on in the
 * publishing form with the version it was compared with. Its template: templates/checklists/ChecklistDiffPage.html.
 */
@CheckedTemplate(basePath = "checklists")
public record ChecklistDiffPage(Checklist checklist, ChecklistDiff diff, String list, String key)
        implements
            TemplateInstance {
}
