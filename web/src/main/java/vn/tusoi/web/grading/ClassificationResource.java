package vn.tusoi.web.grading;

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

import vn.tusoi.web.api.Classification;
import vn.tusoi.web.api.ClassificationApi;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Scores;
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
 * Xếp loại: a unit's classification for a grading period (a year, a quarter, a term or an occasion), from its
 * self-assessment to the superior's proposal and decision.
 */
@Path("/xep-loai")
@Produces(MediaType.TEXT_HTML)
public class ClassificationResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final ClassificationApi classifications;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public ClassificationResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient ClassificationApi classifications, @RestClient OrganizationApi organization,
            FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.classifications = classifications;
        this.organization = organization;
        this.formToken = formToken;
    }

    @GET
    public Response page(@QueryParam("unit") @Size(max = 64) String unit,
            @QueryParam("ky") @Size(max = 64) String period, @QueryParam("da") @Size(max = 20) String done) {
        return page(FormFields.blank(unit) ? user.viewUnit() : unit, ShownPeriod.code(period),
                Refusal.NONE, notice(done), null);
    }

    /** One step of the classification: {@code self}, {@code propose} or {@code decide}. */
    public static class GradeFields extends ScoredForm {
        @RestForm
        public String unit;
        @RestForm
        public String ky;
        @RestForm
        public String version;
        @RestForm
        public String step;
        @RestForm
        public String grade;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@BeanParam GradeFields form) {
        formToken.require(form);
        if (FormFields.blank(form.unit)
                || !List.of("self", "propose", "decide").contains(form.step)) {
            throw new WebApplicationException(400);
        }
        String period = ShownPeriod.code(form.ky);
        String ifMatch = FormFields.etag(form.version);
        FormFields fields = new FormFields();
        ScoreFields score = form.score();
        Writes.Grade grade = new Writes.Grade(FormFields.text(form.grade), score.read(fields));
        Refusal refused = fields.refusal().any() ? fields.refusal() : Refusal.sending(() -> {
            if ("self".equals(form.step)) {
                classifications.selfAssess(form.key, ifMatch, form.unit, period, grade);
            } else {
                classifications.gradeClassification(form.key, ifMatch, form.unit, period, form.step,
                        grade);
            }
        });
        if (refused.any()) {
            return page(form.unit, period, refused, null, score.typed());
        }
        return Response.seeOther(
                URI.create("/xep-loai?unit=" + Links.encode(form.unit) + "&ky=" + Links.encode(period) + "&da="
                        + form.step))
                .build();
    }

    private Response page(String unitCode, String periodCode, Refusal refusal, String notice, Scores.Sheet typed) {
        ShownPeriod period = ShownPeriod.of(periodCode, classifications);
        Classification classification = Lookups.orNull(() -> classifications.classification(unitCode,
                period.code()));
        Scores.Sheet kept = classification == null ? null : classification.score();
        Scores.CriteriaFrame frame = sessions.criteriaFrame(kept != null ? kept.frameId() : Scores.DEFAULT_FRAME);
        return Html.page(refusal.any() ? refusal.status() : 200,
                new ClassificationPage(organization.unit(unitCode), period, classification, offered(classification),
                        frame, typed != null ? typed : kept,
                        classifications.classificationConditions(unitCode, period.code()), refusal,
                        UUID.randomUUID().toString(), notice == null ? "" : notice).render());
    }

    /** The step the page offers: the unit assesses itself until proposed; a committee proposes, then decides. */
    private String offered(Classification classification) {
        if (classification == null) {
            return "self";
        }
        return switch (classification.stage()) {
            case "SELF_ASSESSED" -> user.reviews() ? "propose" : "self";
            case "PROPOSED" -> user.reviews() ? "decide" : "";
            default -> "";
        };
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "self" -> "Đã lưu mức tự đánh giá.";
            case "propose" -> "Đã ghi mức cấp trên đề xuất.";
            case "decide" -> "Đã ghi mức cấp ủy quyết định.";
            default -> null;
        };
    }
}
