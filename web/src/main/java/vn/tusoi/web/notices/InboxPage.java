package vn.tusoi.web.notices;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Notice;
import vn.tusoi.web.api.UnitNotifications;
import vn.tusoi.web.forms.Refusal;

/**
 * Thông báo: a unit's notices, newest first, unread ones marked; each opens the page it is about. Below, where the
 * unit's notices are e-mailed, which its officers change ({@code mayEdit}). A member's own notices when {@code unit}
 * is null (no settings: their address is theirs in the identity provider). Its template:
 * templates/notices/InboxPage.html.
 */
@CheckedTemplate(basePath = "notices")
public record InboxPage(UnitNotifications unit, List<Notice> notices, long total, long unread, int page, boolean more,
        boolean mayEdit, String saved, Refusal refusal, String key)
        implements
            TemplateInstance {
}
