package vn.tusoi.web.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.SessionRequest;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.ShortcomingRequest;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.campaigns.CampaignFinder;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;
import vn.tusoi.web.targets.ReportingPeriods;
import vn.tusoi.web.targets.TargetsForm;

/**
 * Báo cáo sinh hoạt: a unit's secretary (or an officer above it) reports the unit's session of a campaign, saves it
 * as a draft, marks it held and sends it to the superior committee, and names its shortcomings with their causes and
 * remediation. Every form carries an idempotency key, sent to the service with each write, so that a form sent
 * again (by the browser after a lost connection, or by the offline draft) is done once.
 */
@Path("/bao-cao-sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class SessionReportResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final CampaignFinder campaigns;
    private final FormToken formToken;

    public SessionReportResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, CampaignFinder campaigns, FormToken formToken) {
        this.formToken = formToken;
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.campaigns = campaigns;
    }

    /** A campaign the unit carries out, and where its report stands. */
    public record Row(Campaign campaign, Session session) {
    }

    /** The open campaigns issued above the unit, each with the unit's report if it has one. */
    @GET
    public Response campaigns(@QueryParam("unit") @Size(max = 64) String unitCode) {
        String bearer = user.bearer();
        String unit = unitCode == null || unitCode.isBlank() ? user.viewUnit() : unitCode;
        Unit shown = organization.unit(bearer, unit);
        List<Row> rows = new ArrayList<>();
        for (Campaign campaign : campaigns.covering(bearer, unit)) {
            if (campaign.open() && !campaign.issuingUnitCode().equals(unit)) {
                rows.add(new Row(campaign, sessionOf(bearer, campaign.code(), unit)));
            }
        }
        return Html.page(200, new SessionReportsPage(shown, rows).render());
    }

    @GET
    @Path("/phien")
    public Response form(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit, @QueryParam("da") @Size(max = 20) String done) {
        String bearer = user.bearer();
        Session session = sessionOf(bearer, campaign, unit);
        return page(bearer, campaign, unit, session, null, Refusal.NONE, null, Refusal.NONE, notice(done));
    }

    /** What every form of a unit's report carries besides the token and key: which campaign, which unit. */
    public static class ReportForm extends SignedForm {
        @RestForm
        public String campaign;
        @RestForm
        public String unit;
    }

    /** The session's own fields as the form sends them; {@code step} is draft, held or submit. */
    public static class SessionFields extends ReportForm {
        @RestForm
        public String sessionId;
        @RestForm
        public String version;
        @RestForm
        public String step;
        @RestForm
        public String heldOn;
        @RestForm
        public String kind;
        @RestForm
        public String chair;
        @RestForm
        public String delegates;
        @RestForm
        public String expected;
        @RestForm
        public String present;
        @RestForm
        public String minutesSummary;

        SessionValues values() {
            return new SessionValues(heldOn, kind, chair, delegates, expected, present, minutesSummary);
        }
    }

    @POST
    @Path("/phien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam SessionFields form) {
        formToken.require(form);
        String bearer = user.bearer();
        requirePlace(form.campaign, form.unit);
        FormFields fields = new FormFields();
        Integer expected = fields.number("attendance.expected", form.expected);
        Integer present = fields.number("attendance.present", form.present);
        SessionRequest request = new SessionRequest(form.unit, fields.date("heldOn", form.heldOn),
                "draft".equals(form.step) ? "DRAFT" : "HELD", FormFields.text(form.kind),
                FormFields.text(form.chair), form.values().delegateLines(),
                expected == null && present == null
                        ? null
                        : new Session.Attendance(expected == null ? 0 : expected, present == null ? 0 : present),
                FormFields.text(form.minutesSummary));
        Session current = FormFields.blank(form.sessionId)
                ? null
                : sessions.session(bearer, FormFields.uuid(form.sessionId));
        if (fields.refusal().any()) {
            return page(bearer, form.campaign, form.unit, current, form.values(), fields.refusal(), null,
                    Refusal.NONE, null);
        }
        Refusal refused = Refusal.sending(() -> {
            Session saved = current == null
                    ? sessions.record(bearer, form.key, form.campaign, request)
                    : sessions.edit(bearer, form.key, FormFields.etag(form.version), current.id(), request);
            if ("submit".equals(form.step)) {
                sessions.submit(bearer, form.key + ".gui", FormFields.etag(saved.version()), saved.id());
            }
        });
        if (refused.any()) {
            return page(bearer, form.campaign, form.unit, current, form.values(), refused, null, Refusal.NONE,
                    null);
        }
        return done(form.campaign, form.unit, "submit".equals(form.step)
                ? "gui"
                : "draft".equals(form.step) ? "nhap" : "luu");
    }

    /** A shortcoming's fields as the form sends them: causes one a line, action rows aligned by position. */
    public static class ShortcomingFields extends ReportForm {
        @RestForm
        public String sessionId;
        @RestForm
        public String shortcomingId;
        @RestForm
        public String version;
        @RestForm
        public String area;
        @RestForm
        public String description;
        @RestForm
        public String objectiveCauses;
        @RestForm
        public String subjectiveCauses;
        @RestForm
        public String rootCause;
        @RestForm
        public String responsibility;
        @RestForm
        public String responsibleMember;
        @RestForm
        public List<String> actionId;
        @RestForm
        public List<String> actionDescription;
        @RestForm
        public List<String> actionOwner;
        @RestForm
        public List<String> actionDue;

        List<ShortcomingValues.ActionRow> rows() {
            List<ShortcomingValues.ActionRow> rows = new ArrayList<>();
            int count = actionDescription == null ? 0 : actionDescription.size();
            for (int i = 0; i < count; i++) {
                rows.add(
                        new ShortcomingValues.ActionRow(FormFields.at(actionId, i), FormFields.at(actionDescription, i),
                                FormFields.at(actionOwner, i), FormFields.at(actionDue, i)));
            }
            return rows;
        }

        ShortcomingValues values() {
            UUID id = FormFields.blank(shortcomingId) ? null : FormFields.uuid(shortcomingId);
            long read = FormFields.version(version);
            return new ShortcomingValues(id, read, area, description, objectiveCauses, subjectiveCauses, rootCause,
                    responsibility, responsibleMember, rows());
        }

    }

    @POST
    @Path("/han-che")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveShortcoming(@BeanParam ShortcomingFields form) {
        formToken.require(form);
        String bearer = user.bearer();
        requirePlace(form.campaign, form.unit);
        ShortcomingValues values = form.values();
        FormFields fields = new FormFields();
        List<Shortcoming.Cause> causes = new ArrayList<>();
        lines(form.objectiveCauses).forEach(line -> causes.add(new Shortcoming.Cause("OBJECTIVE", line)));
        lines(form.subjectiveCauses).forEach(line -> causes.add(new Shortcoming.Cause("SUBJECTIVE", line)));
        List<ShortcomingRequest.Action> actions = new ArrayList<>();
        for (ShortcomingValues.ActionRow row : values.actions()) {
            if (!row.blank()) {
                actions.add(new ShortcomingRequest.Action(FormFields.blank(row.id()) ? null : FormFields.uuid(row.id()),
                        FormFields.text(row.description()), FormFields.text(row.owner()),
                        fields.date("actions[" + actions.size() + "].dueOn", row.dueOn())));
            }
        }
        ShortcomingRequest request = new ShortcomingRequest(FormFields.text(form.area),
                FormFields.text(form.description), causes, FormFields.text(form.rootCause),
                FormFields.text(form.responsibility), FormFields.text(form.responsibleMember), actions);
        Session session = sessions.session(bearer, FormFields.uuid(form.sessionId));
        if (fields.refusal().any()) {
            return page(bearer, form.campaign, form.unit, session, null, Refusal.NONE, values, fields.refusal(),
                    null);
        }
        Refusal refused = Refusal.sending(() -> {
            if (values.id() == null) {
                sessions.addShortcoming(bearer, form.key, session.id(), request);
            } else {
                sessions.editShortcoming(bearer, form.key, FormFields.etag(values.version()), values.id(), request);
            }
        });
        if (refused.any()) {
            return page(bearer, form.campaign, form.unit, session, null, Refusal.NONE, values, refused, null);
        }
        return done(form.campaign, form.unit, "han-che");
    }

    /** Carrying an unfinished shortcoming of an earlier review over into this session. */
    public static class CarryOverFields extends ReportForm {
        @RestForm
        public String sessionId;
        @RestForm
        public String shortcomingId;
        @RestForm
        public String version;
    }

    @POST
    @Path("/chuyen-ky")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response carryOver(@BeanParam CarryOverFields form) {
        formToken.require(form);
        String bearer = user.bearer();
        requirePlace(form.campaign, form.unit);
        Session session = sessions.session(bearer, FormFields.uuid(form.sessionId));
        UUID shortcoming = FormFields.uuid(form.shortcomingId);
        Refusal refused = Refusal.sending(() -> sessions.carryOver(bearer, form.key, FormFields.etag(form.version),
                shortcoming, new Writes.CarryOver(session.id())));
        if (refused.any()) {
            return page(bearer, form.campaign, form.unit, session, null, refused, null, Refusal.NONE, null);
        }
        return done(form.campaign, form.unit, "chuyen-ky");
    }

    private Response page(String bearer, String campaignCode, String unitCode, Session session,
            SessionValues values, Refusal refusal, ShortcomingValues shortcoming, Refusal shortcomingRefusal,
            String notice) {
        return page(bearer, campaignCode, unitCode, session, values, refusal, shortcoming, shortcomingRefusal, null,
                notice);
    }

    private Response page(String bearer, String campaignCode, String unitCode, Session session,
            SessionValues values, Refusal refusal, ShortcomingValues shortcoming, Refusal shortcomingRefusal,
            TargetsForm targets, String notice) {
        Campaign campaign = sessions.campaign(bearer, campaignCode);
        String period = ReportingPeriods.of(campaign).get(0);
        Unit unit = organization.unit(bearer, unitCode);
        List<Shortcoming> named = session == null ? List.of() : sessions.shortcomingsOf(bearer, session.id());
        List<ShortcomingValues> forms = new ArrayList<>();
        for (Shortcoming existing : named) {
            forms.add(shortcoming != null && existing.id().equals(shortcoming.id())
                    ? shortcoming
                    : ShortcomingValues.of(existing));
        }
        ShortcomingValues added = shortcoming != null && shortcoming.id() == null
                ? shortcoming
                : ShortcomingValues.blank();
        // what the unit left open in earlier reviews, to carry over into this one
        List<Shortcoming> earlier = session == null || !session.editable()
                ? List.of()
                : Page.all(page -> sessions.shortcomings(bearer, unitCode, "OPEN", page, Page.MAX_SIZE),
                        Page.MAX_LISTED).items().stream()
                        .filter(open -> open.unitCode().equals(unitCode) && !open.campaignCode().equals(campaignCode))
                        .toList();
        String html = new SessionReportPage(campaign, unit, session,
                values != null ? values : SessionValues.of(session, "THEMATIC"), refusal, forms, added,
                shortcoming == null ? "" : shortcoming.id() == null ? "moi" : shortcoming.id().toString(),
                shortcomingRefusal, earlier, targets != null
                        ? targets
                        : TargetsForm.of(period,
                                Lookups.orNull(() -> sessions.indicators(bearer, unitCode, period))),
                UUID.randomUUID().toString(), notice == null ? "" : notice).render();
        int status = refusal.any()
                ? refusal.status()
                : shortcomingRefusal.any()
                        ? shortcomingRefusal.status()
                        : targets != null && targets.refusal().any() ? targets.refusal().status() : 200;
        return Html.page(status, html);
    }

    /** The unit's targets for a period, as it reports them with its review. */
    public static class TargetFields extends ReportForm {
        @RestForm
        public String period;
        @RestForm
        public String version;
        @RestForm
        public List<String> name;
        @RestForm
        public List<String> measure;
        @RestForm
        public List<String> target;
        @RestForm
        public List<String> actual;
        @RestForm
        public List<String> direction;

        List<TargetsForm.Row> rows() {
            List<TargetsForm.Row> rows = new ArrayList<>();
            for (int i = 0; name != null && i < name.size(); i++) {
                rows.add(new TargetsForm.Row(name.get(i), FormFields.at(measure, i), FormFields.at(target, i),
                        FormFields.at(actual, i),
                        FormFields.at(direction, i)));
            }
            return rows;
        }

    }

    @POST
    @Path("/chi-tieu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTargets(@BeanParam TargetFields form) {
        formToken.require(form);
        String bearer = user.bearer();
        requirePlace(form.campaign, form.unit);
        if (FormFields.blank(form.period) || !form.period.matches("\\d{4}(-\\d{4})?")) {
            throw new WebApplicationException(400);
        }
        FormFields fields = new FormFields();
        List<Writes.Indicator> indicators = new ArrayList<>();
        List<TargetsForm.Row> kept = new ArrayList<>();
        for (TargetsForm.Row row : form.rows()) {
            if (row.blank()) {
                continue;
            }
            String at = "[" + indicators.size() + "].";
            indicators.add(new Writes.Indicator(FormFields.text(row.name()), FormFields.text(row.unit()),
                    fields.decimal(at + "target", row.target()), fields.decimal(at + "actual", row.actual()),
                    row.lower() ? "LOWER" : "HIGHER"));
            kept.add(row);
        }
        Session session = sessionOf(bearer, form.campaign, form.unit);
        long read = FormFields.version(form.version);
        Refusal refusal = fields.refusal().any()
                ? fields.refusal()
                : Refusal.sending(() -> sessions.putIndicators(bearer, form.key, FormFields.etag(read), form.unit,
                        form.period, indicators));
        if (!refusal.any()) {
            return done(form.campaign, form.unit, "chi-tieu");
        }
        return page(bearer, form.campaign, form.unit, session, null, Refusal.NONE, null, Refusal.NONE,
                new TargetsForm(form.period, read, TargetsForm.withBlankRows(kept), refusal), null);
    }

    private Session sessionOf(String bearer, String campaign, String unit) {
        List<Session> found = sessions.sessionOf(bearer, campaign, unit).items();
        return found.isEmpty() ? null : found.get(0);
    }

    private static void requirePlace(String campaign, String unit) {
        if (FormFields.blank(campaign) || FormFields.blank(unit)) {
            throw new WebApplicationException(400);
        }
    }

    private static Response done(String campaign, String unit, String what) {
        return Response.seeOther(URI.create("/bao-cao-sinh-hoat/phien" + Links.query(campaign, unit) + "&da="
                + what)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "nhap" -> "Đã lưu nháp.";
            case "luu" -> "Đã lưu báo cáo: đơn vị đã tổ chức sinh hoạt.";
            case "gui" -> "Đã gửi báo cáo lên cấp ủy cấp trên.";
            case "han-che" -> "Đã lưu hạn chế, khuyết điểm.";
            case "chuyen-ky" -> "Đã chuyển hạn chế của kỳ trước vào kỳ này.";
            case "chi-tieu" -> "Đã lưu chỉ tiêu.";
            default -> null;
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

}
