package vn.tusoi.web.selfreview;

import java.net.URI;
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
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.forms.ScoreFields;
import vn.tusoi.web.forms.ScoredForm;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedInUser;

/**
 * One member's self-review as the cell's leadership and the committees above read it, and its grading:
 * the cell proposes, the committee decides, each beside the score sheet and the conditions of the highest grade the
 * service checks (every shortcoming of the member's own responsibility remedied, no disciplinary decision). Never
 * cached (no-store).
 */
@Path("/tu-kiem-diem")
@Produces(MediaType.TEXT_HTML)
public class SelfReviewGradingResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public SelfReviewGradingResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.formToken = formToken;
    }

    /** One member's review, as the cell's leadership or a committee above reads and grades it. */
    @GET
    @Path("/xem")
    public Response read(@QueryParam("campaign") @Size(max = 64) String campaignCode,
            @QueryParam("registryNo") @Size(max = 32) String registryNo,
            @QueryParam("da") @Size(max = 20) String done) {
        if (FormFields.blank(campaignCode) || FormFields.blank(registryNo)) {
            throw new WebApplicationException(400);
        }
        return readPage(campaignCode, sessions.selfReview(campaignCode, registryNo), Refusal.NONE,
                notice(done), null);
    }

    /** The cell's proposal or the committee's decision on one member's grade. */
    public static class GradeFields extends ScoredForm {
        @RestForm
        public String campaign;
        @RestForm
        public String registryNo;
        @RestForm
        public String version;
        @RestForm
        public String step;
        @RestForm
        public String grade;
    }

    @POST
    @Path("/xep-loai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@BeanParam GradeFields form) {
        formToken.require(form);
        if (FormFields.blank(form.campaign) || FormFields.blank(form.registryNo)
                || !List.of("propose", "decide").contains(form.step)) {
            throw new WebApplicationException(400);
        }
        FormFields fields = new FormFields();
        ScoreFields score = form.score();
        Writes.Grade grade = new Writes.Grade(FormFields.text(form.grade), score.read(fields));
        Refusal refused = fields.refusal().any()
                ? fields.refusal()
                : Refusal.sending(() -> sessions.gradeSelfReview(
                        form.key, FormFields.etag(form.version), form.campaign, form.registryNo, form.step, grade));
        if (refused.any()) {
            return readPage(form.campaign, sessions.selfReview(form.campaign, form.registryNo),
                    refused, null, score.typed());
        }
        return Response.seeOther(URI.create("/tu-kiem-diem/xem?campaign=" + Links.encode(form.campaign)
                + "&registryNo=" + Links.encode(form.registryNo) + "&da=" + form.step)).build();
    }

    private Response readPage(String campaignCode, SelfReview review, Refusal refusal, String notice,
            Scores.Sheet typed) {
        Scores.Sheet kept = review.score();
        Scores.CriteriaFrame frame = sessions.criteriaFrame(kept != null && kept.frameId() != null
                ? kept.frameId()
                : Scores.DEFAULT_FRAME);
        return Html.unstored(refusal.any() ? refusal.status() : 200,
                new SelfReviewReadPage(sessions.campaign(campaignCode), organization.unit(review.unitCode()), review,
                        sessions.checklist(review.checklistId(), review.checklistVersion()), user.reviews(), frame,
                        typed != null ? typed : kept, sessions.selfReviewConditions(campaignCode, review.registryNo()),
                        refusal,
                        UUID.randomUUID().toString(), notice == null ? "" : notice).render());
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "propose" -> "Đã ghi mức xếp loại chi bộ đề xuất.";
            case "decide" -> "Đã ghi mức xếp loại cấp ủy quyết định.";
            default -> null;
        };
    }
}
