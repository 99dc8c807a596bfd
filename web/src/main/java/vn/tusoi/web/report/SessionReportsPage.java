package vn.tusoi.web.report;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Unit;

/** Báo cáo sinh hoạt: the open campaigns a unit carries out, each with where its report stands. Its template: templates/report/SessionReportsPage.html. */
@CheckedTemplate(basePath = "report")
public record SessionReportsPage(Unit unit, List<SessionReportResource.Row> rows) implements TemplateInstance {
}
