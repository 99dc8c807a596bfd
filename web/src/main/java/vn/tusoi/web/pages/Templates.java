package vn.tusoi.web.pages;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.Daily;
import vn.tusoi.web.api.IndicatorSet;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.forms.SessionValues;
import vn.tusoi.web.forms.ShortcomingValues;
import vn.tusoi.web.forms.TargetsForm;
import vn.tusoi.web.progress.Board;
import vn.tusoi.web.progress.Sorting;

/** The pages, type-checked against what each is given (templates/{method}.html). */
@CheckedTemplate(basePath = "")
public final class Templates {

    private Templates() {
    }

    public static native TemplateInstance campaigns(String user, List<Campaign> campaigns, long total, int page,
            int pages, String query, String chosen, List<Unit> found);

    public static native TemplateInstance progress(String user, Board board);

    /** The tiles and the table, as the live stream sends them. */
    public static native TemplateInstance progress$live(Board board);

    public static native TemplateInstance laggards(String user, Campaign campaign, Progress progress,
            List<Laggard> laggards, long total, Sorting sorting);

    public static native TemplateInstance curve(String user, Campaign campaign, Progress progress, Daily daily,
            String chartData);

    public static native TemplateInstance followup(String user, Campaign campaign, Progress progress,
            List<Shortcoming> shortcomings, long total, String area, boolean overdueOnly, List<String> areas);

    public static native TemplateInstance targets(String user, Campaign campaign, Progress progress,
            IndicatorSet indicators, String period, List<String> periods);

    public static native TemplateInstance sessionReports(String user, Unit unit,
            List<SessionReportResource.Row> rows);

    public static native TemplateInstance sessionReport(String user, Campaign campaign, Unit unit, Session session,
            SessionValues values, Refusal refusal, List<ShortcomingValues> shortcomings, ShortcomingValues added,
            String shortcomingInError, Refusal shortcomingRefusal, List<Shortcoming> earlier, TargetsForm targets,
            String key, String notice);

    public static native TemplateInstance approvals(String user, Unit committee,
            List<ApprovalResource.Row> rows, long total, int page, List<ApprovalResource.Row> decided, String notice,
            String unitKind, String parent, List<Unit> parents, String key);

    public static native TemplateInstance approval(String user, Session session, Unit unit, Campaign campaign,
            List<Shortcoming> shortcomings, String refusal, String key);

    public static native TemplateInstance remediation(String user, Unit unit, List<Shortcoming> shortcomings,
            boolean reviews, String actionInError, Refusal refusal, String key, String notice);

    public static native TemplateInstance selfReviewCampaigns(String user, List<Campaign> campaigns,
            boolean member, String unit);

    public static native TemplateInstance selfReview(String user, Campaign campaign, Unit cell, SelfReview stored,
            SelfReview shown, boolean editable, Checklist checklist, Refusal refusal, String key,
            String notice);

    public static native TemplateInstance selfReviewsOfCell(String user, Campaign campaign, Unit cell,
            List<SelfReview> reviews);

    public static native TemplateInstance selfReviewRead(String user, Campaign campaign, Unit cell,
            SelfReview review, Checklist checklist, boolean reviews, Refusal refusal, String key,
            String notice);

    public static native TemplateInstance classification(String user, Unit unit, int year,
            Classification classification, String step, Refusal refusal, String key, String notice);

    public static native TemplateInstance problem(String user, String title, String detail);

    /** Signed out: nobody to name in the header. */
    public static native TemplateInstance signedOut(String user);

    public static native TemplateInstance signOut(String user);
}
