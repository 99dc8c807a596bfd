package vn.tusoi.web.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.SessionRequest;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.campaigns.CampaignFinder;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Báo cáo sinh hoạt: a unit's secretary (or an officer above it) reports the unit's session of a campaign, saves it
 * as a draft, marks it held and sends it to the superior committee. Its shortcomings and targets are written by
 * {@link ShortcomingFormResource} and {@link ReportTargetsResource} on the same page. Every form carries an
 * idempotency key, sent to the service with each write, so that a form sent again (by the browser after a lost
 * connection, or by the offline draft) is done once.
 */
@Path("/bao-cao-sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class SessionReportResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final CampaignFinder campaigns;
    private final FormToken formToken;
    private final ReportPages pages;

    public SessionReportResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, CampaignFinder campaigns, FormToken formToken,
            ReportPages pages) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.campaigns = campaigns;
        this.formToken = formToken;
        this.pages = pages;
    }

    /** A campaign the unit carries out, and where its report stands. */
    public record Row(Campaign campaign, Session session) {
    }

    /** The open campaigns issued above the unit, each with the unit's report if it has one. */
    @GET
    public Response campaigns(@QueryParam("unit") @Size(max = 64) String unitCode) {
        String unit = unitCode == null || unitCode.isBlank() ? user.viewUnit() : unitCode;
        Unit shown = organization.unit(unit);
        List<Row> rows = new ArrayList<>();
        for (Campaign campaign : campaigns.covering(unit)) {
            if (campaign.open() && !campaign.issuingUnitCode().equals(unit)) {
                rows.add(new Row(campaign, pages.sessionOf(campaign.code(), unit)));
            }
        }
        return Html.page(200, new SessionReportsPage(shown, rows).render());
    }

    @GET
    @Path("/phien")
    public Response form(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit, @QueryParam("da") @Size(max = 20) String done) {
        return pages.page(campaign, unit, pages.sessionOf(campaign, unit),
                ReportPages.Shown.stored(ReportNotice.textOf(done)));
    }

    @POST
    @Path("/phien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam SessionFields form) {
        formToken.require(form);
        form.requirePlace();
        FormFields fields = new FormFields();
        SessionRequest request = form.request(fields);
        Session current = FormFields.blank(form.sessionId)
                ? null
                : sessions.session(FormFields.uuid(form.sessionId));
        Refusal refused = fields.refusal().any() ? fields.refusal() : Refusal.sending(() -> {
            Session saved = current == null
                    ? sessions.record(form.key, form.campaign, request)
                    : sessions.edit(form.key, FormFields.etag(form.version), current.id(), request);
            if (form.submits()) {
                sessions.submit(form.key + ".gui", FormFields.etag(saved.version()), saved.id());
            }
        });
        if (refused.any()) {
            return pages.page(form.campaign, form.unit, current,
                    ReportPages.Shown.refusedSession(form.values(), refused));
        }
        return ReportPages.done(form, form.done());
    }
}
