package vn.tusoi.web.approval;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;

/** One submitted report as the committee reads it before approving or returning it. Its template: templates/approval/ApprovalPage.html. */
@CheckedTemplate(basePath = "approval")
public record ApprovalPage(Session session, Unit unit, Campaign campaign, List<Shortcoming> shortcomings,
        String refusal, String key) implements TemplateInstance {
}
