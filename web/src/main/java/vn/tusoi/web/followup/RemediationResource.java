package vn.tusoi.web.followup;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Theo dõi khắc phục: the open shortcomings at a unit and under it, action by action; the unit reports progress and
 * marks an action done, a superior committee verifies it or reopens it with the reason. Overdue actions stand out.
 */
@Path("/theo-doi-khac-phuc")
@Produces(MediaType.TEXT_HTML)
public class RemediationResource {

    private static final Logger LOG = Logger.getLogger(RemediationResource.class);

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final FormToken formToken;
    private final NoticeApi notices;

    public RemediationResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, FormToken formToken, @RestClient NoticeApi notices) {
        this.user = user;
        this.notices = notices;
        this.sessions = sessions;
        this.organization = organization;
        this.formToken = formToken;
    }

    @GET
    public Response page(@QueryParam("unit") @Size(max = 64) String unit,
            @QueryParam("da") @Size(max = 20) String done) {
        return page(unit, null, Refusal.NONE, notice(done));
    }

    /** One action's form: progress, done, verification or reopening ({@code step}). */
    public static class ActionFields extends SignedForm {
        @RestForm
        public String unit;
        @RestForm
        public String actionId;
        @RestForm
        public String version;
        @RestForm
        public String step;
        @RestForm
        public String status;
        @RestForm
        public String progressPercent;
        @RestForm
        public String notes;
        @RestForm
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@BeanParam ActionFields form) {
        formToken.require(form);
        if (FormFields.blank(form.actionId)
                || !List.of("verify", "reopen", "report").contains(form.step)) {
            throw new WebApplicationException(400);
        }
        UUID id = FormFields.uuid(form.actionId);
        String ifMatch = FormFields.etag(form.version);
        FormFields fields = new FormFields();
        Integer percent = fields.number("progressPercent", form.progressPercent);
        Refusal refused = fields.refusal().any() ? fields.refusal() : Refusal.sending(() -> {
            switch (form.step) {
                case "verify" -> sessions.verifyAction(form.key, ifMatch, id);
                case "reopen" -> sessions.reopenAction(form.key, ifMatch, id,
                        new Writes.Reason(FormFields.text(form.reason)));
                case "report" -> sessions.reportAction(form.key, ifMatch, id, new Writes.ActionUpdate(
                        FormFields.text(form.status), percent, FormFields.text(form.notes)));
                default -> throw new IllegalStateException(form.step);
            }
        });
        if (refused.any()) {
            return page(form.unit, id, refused, null);
        }
        return Response.seeOther(URI.create("/theo-doi-khac-phuc?unit=" + Links.encode(form.unit) + "&da="
                + form.step + "#a-" + id)).build();
    }

    private Response page(String unitCode, UUID actionInError, Refusal refusal, String notice) {
        String code = FormFields.blank(unitCode) ? user.viewUnit() : unitCode;
        Unit unit = organization.unit(code);
        List<Shortcoming> open = Page.all(page -> sessions.shortcomings(code, "OPEN", page, Page.MAX_SIZE),
                Page.MAX_LISTED).items();
        return Html.page(refusal.any() ? refusal.status() : 200,
                new RemediationPage(unit, open, user.reviews(), actionInError == null ? "" : actionInError.toString(),
                        refusal, UUID.randomUUID().toString(), notice == null ? "" : notice, escalated(code))
                        .render());
    }

    /** The actions escalated for being overdue; the board shows without the marks when the notices cannot say. */
    private Set<String> escalated(String code) {
        try {
            return notices.escalatedActions(code).stream().map(action -> action.actionId().toString())
                    .collect(Collectors.toSet());
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("escalated actions of %s not read: %s", code, e.getMessage());
            return Set.of();
        }
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "report" -> "Đã cập nhật tiến độ biện pháp.";
            case "verify" -> "Đã xác nhận biện pháp hoàn thành.";
            case "reopen" -> "Đã mở lại biện pháp, kèm lý do.";
            default -> null;
        };
    }

}
