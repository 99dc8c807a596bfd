package vn.tusoi.web.checklists;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.forms.Refusal;

/**
 * One checklist as it stands, each item with its wording and source or only its place in its group, and for an
 * administrator the form that loads a new list ({@code typed}: what a refused load sent, shown again). Its template:
 * templates/checklists/ChecklistPage.html.
 */
@CheckedTemplate(basePath = "checklists")
public record ChecklistPage(Checklist checklist, boolean loads, String typed, Refusal refusal, String where,
        String key, String notice) implements TemplateInstance {
}
