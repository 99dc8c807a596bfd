package vn.tusoi.web.report;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.targets.TargetsForm;

/** A unit's report of its session: the session's fields, its shortcomings (each its own form), the earlier ones to carry over, and its targets. Its template: templates/report/SessionReportPage.html. */
@CheckedTemplate(basePath = "report")
public record SessionReportPage(Campaign campaign, Unit unit, Session session, SessionValues values, Refusal refusal,
        List<ShortcomingValues> shortcomings, ShortcomingValues added, String shortcomingInError,
        Refusal shortcomingRefusal, List<Shortcoming> earlier, TargetsForm targets, String key,
        String notice) implements TemplateInstance {
}
