package vn.tusoi.web.selfreview;

import java.net.URI;
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

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.campaigns.CampaignFinder;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.forms.ScoreFields;
import vn.tusoi.web.forms.ScoredForm;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Tự kiểm điểm: a member's own self-review (the campaign's checklist, by default NQ 04's 27 manifestations; personal
 * shortcomings and plan, the self-grade and its 100-point score sheet). The cell's and the committee's reading and
 * grading are {@link SelfReviewGradingResource}'s. Only those the service lets read a review see it: the pages are
 * never cached (no-store) and never kept in the browser's storage.
 */
@Path("/tu-kiem-diem")
@Produces(MediaType.TEXT_HTML)
public class SelfReviewResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final CampaignFinder campaigns;
    private final FormToken formToken;

    public SelfReviewResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, CampaignFinder campaigns, FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.campaigns = campaigns;
        this.formToken = formToken;
    }

    /** The member's own review of a campaign, or the campaigns to choose from. */
    @GET
    public Response own(@QueryParam("campaign") @Size(max = 64) String campaignCode,
            @QueryParam("da") @Size(max = 20) String done) {
        if (FormFields.blank(campaignCode)) {
            List<Campaign> open = campaigns.covering(user.unit()).stream().filter(Campaign::open).toList();
            return page(200, new SelfReviewCampaignsPage(open, user.memberNumber() != null,
                    user.unit()).render());
        }
        if (user.memberNumber() == null) {
            return Response.seeOther(URI.create("/tu-kiem-diem/chi-bo" + Links.query(campaignCode, user.unit())))
                    .build();
        }
        SelfReview review = find(campaignCode, user.memberNumber());
        return ownPage(campaignCode, review, null, Refusal.NONE, notice(done));
    }

    /** What the member writes. */
    public static class ReviewFields extends ScoredForm {
        @RestForm
        public String campaign;
        @RestForm
        public String version;
        @RestForm
        public List<String> manifestation;
        @RestForm
        public String personalShortcomings;
        @RestForm
        public String improvementPlan;
        @RestForm
        public String selfGrade;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@BeanParam ReviewFields form) {
        formToken.require(form);
        if (FormFields.blank(form.campaign) || user.memberNumber() == null) {
            throw new WebApplicationException(400);
        }
        List<Integer> found = new ArrayList<>();
        for (String number : form.manifestation == null ? List.<String>of() : form.manifestation) {
            try {
                found.add(Integer.valueOf(number.strip()));
            } catch (NumberFormatException e) {
                throw new WebApplicationException(400);
            }
        }
        FormFields fields = new FormFields();
        ScoreFields score = form.score();
        Writes.SelfReviewRequest request = new Writes.SelfReviewRequest(user.unit(), found,
                FormFields.text(form.personalShortcomings), FormFields.text(form.improvementPlan),
                FormFields.text(form.selfGrade), score.read(fields));
        Refusal refused = fields.refusal().any()
                ? fields.refusal()
                : Refusal.sending(() -> sessions.writeSelfReview(
                        form.key, FormFields.etag(form.version), form.campaign, user.memberNumber(), request));
        if (refused.any()) {
            SelfReview typed = new SelfReview(form.campaign, user.memberNumber(), user.unit(), null, 0, found,
                    form.personalShortcomings, form.improvementPlan, null, form.selfGrade, null, null, score.typed(),
                    FormFields.version(form.version));
            return ownPage(form.campaign, find(form.campaign, user.memberNumber()), typed, refused,
                    null);
        }
        return Response.seeOther(URI.create("/tu-kiem-diem?campaign=" + Links.encode(form.campaign) + "&da=luu"))
                .build();
    }

    private Response ownPage(String campaignCode, SelfReview stored, SelfReview typed,
            Refusal refusal, String notice) {
        Campaign campaign = sessions.campaign(campaignCode);
        Unit cell = organization.unit(user.unit());
        SelfReview shown = typed != null ? typed : stored;
        boolean editable = stored == null || "SELF_ASSESSED".equals(stored.stage());
        // a review is (re)written against the checklist's current version, and read against its own
        Checklist checklist = editable
                ? sessions.checklist(campaign.checklistId())
                : sessions.checklist(stored.checklistId(), stored.checklistVersion());
        Scores.Sheet sheet = shown == null ? null : shown.score();
        Scores.CriteriaFrame frame = sessions.criteriaFrame(sheet != null && sheet.frameId() != null
                ? sheet.frameId()
                : Scores.DEFAULT_FRAME);
        return page(refusal.any() ? refusal.status() : 200, new SelfReviewPage(campaign, cell,
                stored, shown, editable, checklist, frame, sheet, refusal, UUID.randomUUID().toString(),
                notice == null ? "" : notice).render());
    }

    private SelfReview find(String campaignCode, String registryNo) {
        return Lookups.orNull(() -> sessions.selfReview(campaignCode, registryNo));
    }

    /** A self-review is the member's and their committees' alone: no cache keeps a copy. */
    private static Response page(int status, String html) {
        return Html.unstored(status, html);
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "luu" -> "Đã lưu bản tự kiểm điểm.";
            default -> null;
        };
    }

}
