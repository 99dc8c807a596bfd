package vn.tusoi.web.notices;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Notice;
import vn.tusoi.web.api.Unit;

/**
 * Thông báo: a unit's notices, newest first, unread ones marked; each opens the page it is about. Its template:
 * templates/notices/InboxPage.html.
 */
@CheckedTemplate(basePath = "notices")
public record InboxPage(Unit unit, List<Notice> notices, long total, long unread, int page, boolean more)
        implements
            TemplateInstance {
}
