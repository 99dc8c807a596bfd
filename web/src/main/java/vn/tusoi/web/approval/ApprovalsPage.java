package vn.tusoi.web.approval;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Unit;

/** Duyệt báo cáo: the reports waiting for a committee's decision, oldest first, to approve or return together. Its template: templates/approval/ApprovalsPage.html. */
@CheckedTemplate(basePath = "approval")
public record ApprovalsPage(Unit committee, List<ApprovalResource.Row> rows, long total, int page,
        List<ApprovalResource.Row> decided, String notice, String unitKind, String parent, List<Unit> parents,
        String key) implements TemplateInstance {
}
