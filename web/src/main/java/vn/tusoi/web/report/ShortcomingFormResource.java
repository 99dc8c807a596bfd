package vn.tusoi.web.report;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.ShortcomingRequest;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedInUser;

/**
 * The report's shortcomings: one named with its causes and remediation, or corrected; an unfinished one of an
 * earlier review carried over into this session.
 */
@Path("/bao-cao-sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class ShortcomingFormResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final FormToken formToken;
    private final ReportPages pages;

    public ShortcomingFormResource(SignedInUser user, @RestClient SessionApi sessions, FormToken formToken,
            ReportPages pages) {
        this.user = user;
        this.sessions = sessions;
        this.formToken = formToken;
        this.pages = pages;
    }

    @POST
    @Path("/han-che")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam ShortcomingFields form) {
        formToken.require(form);
        form.requirePlace();
        ShortcomingValues values = form.values();
        FormFields fields = new FormFields();
        ShortcomingRequest request = form.request(fields);
        Session session = sessions.session(FormFields.uuid(form.sessionId));
        Refusal refused = fields.refusal().any() ? fields.refusal() : Refusal.sending(() -> {
            if (values.id() == null) {
                sessions.addShortcoming(form.key, session.id(), request);
            } else {
                sessions.editShortcoming(form.key, FormFields.etag(values.version()), values.id(), request);
            }
        });
        if (refused.any()) {
            return pages.page(form.campaign, form.unit, session, ReportPages.Shown.refusedShortcoming(values, refused));
        }
        return ReportPages.done(form, ReportNotice.SHORTCOMING);
    }

    @POST
    @Path("/chuyen-ky")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response carryOver(@BeanParam CarryOverFields form) {
        formToken.require(form);
        form.requirePlace();
        Session session = sessions.session(FormFields.uuid(form.sessionId));
        UUID shortcoming = FormFields.uuid(form.shortcomingId);
        Refusal refused = Refusal.sending(() -> sessions.carryOver(form.key, FormFields.etag(form.version),
                shortcoming, new Writes.CarryOver(session.id())));
        if (refused.any()) {
            return pages.page(form.campaign, form.unit, session, ReportPages.Shown.refusedSession(null, refused));
        }
        return ReportPages.done(form, ReportNotice.CARRIED_OVER);
    }
}
