package vn.tusoi.web.selfreview;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.forms.Ticked;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * A cell's grading queue for a campaign: the cell's leadership proposes, the committee above decides, several members
 * at once. Each ticked member is graded on their own (the cell proposes the member's own grade, the committee decides
 * the grade the cell proposed, each against the version read): one refused (an open shortcoming behind an excellent
 * grade, a review changed since) leaves the others done, and the page says which and why.
 */
@Path("/tu-kiem-diem/chi-bo")
@Produces(MediaType.TEXT_HTML)
public class CellQueueResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public CellQueueResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.formToken = formToken;
    }

    @GET
    public Response queue(@QueryParam("campaign") @Size(max = 64) String campaignCode,
            @QueryParam("unit") @Size(max = 64) String unitCode) {
        if (FormFields.blank(campaignCode)) {
            throw new WebApplicationException(400);
        }
        return page(campaignCode, FormFields.blank(unitCode) ? user.unit() : unitCode, List.of());
    }

    /** The members ticked, each {@code registryNo:version}. */
    public static class QueueFields extends SignedForm {
        @RestForm
        public String campaign;
        @RestForm
        public String unit;
        @RestForm
        public List<String> chon;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@BeanParam QueueFields form) {
        formToken.require(form);
        if (FormFields.blank(form.campaign) || FormFields.blank(form.unit)) {
            throw new WebApplicationException(400);
        }
        Ticked ticked = Ticked.of(form.chon);
        List<String> results = new ArrayList<>();
        for (QueueRow row : rows(form.campaign, form.unit)) {
            String registryNo = row.review().registryNo();
            if (!ticked.asked(registryNo)) {
                continue;
            }
            if (row.step() == null || !ticked.current(registryNo, row.review().version())) {
                results.add(Ticked.moved(registryNo, "bản tự kiểm điểm"));
                continue;
            }
            Refusal refused = Refusal.sending(() -> sessions.gradeSelfReview(form.key + ":" + registryNo,
                    FormFields.etag(row.review().version()), form.campaign, registryNo, row.step(),
                    new Writes.Grade(row.grade(), null)));
            results.add(Ticked.outcome(registryNo, refused));
        }
        return page(form.campaign, form.unit, results);
    }

    private Response page(String campaignCode, String unit, List<String> results) {
        return Html.unstored(200, SelfReviewsOfCellPage.of(sessions.campaign(campaignCode), organization.unit(unit),
                rows(campaignCode, unit), results, UUID.randomUUID().toString()).render());
    }

    private List<QueueRow> rows(String campaignCode, String unit) {
        List<SelfReview> reviews = Page.all(page -> sessions.selfReviewsOf(campaignCode, unit, page, Page.MAX_SIZE),
                Page.MAX_LISTED).items();
        boolean decides = user.reviews();
        return reviews.stream().map(review -> QueueRow.of(review, "DECIDED".equals(review.stage())
                ? null
                : sessions.selfReviewConditions(campaignCode, review.registryNo()), decides)).toList();
    }
}
