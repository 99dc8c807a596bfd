package vn.tusoi.web.report;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedInUser;
import vn.tusoi.web.targets.TargetsForm;

/** The targets a unit reports with its review, for the campaign's year or term. */
@Path("/bao-cao-sinh-hoat")
@Produces(MediaType.TEXT_HTML)
public class ReportTargetsResource {

    private final SignedInUser user;
    private final SessionApi sessions;
    private final FormToken formToken;
    private final ReportPages pages;

    public ReportTargetsResource(SignedInUser user, @RestClient SessionApi sessions, FormToken formToken,
            ReportPages pages) {
        this.user = user;
        this.sessions = sessions;
        this.formToken = formToken;
        this.pages = pages;
    }

    @POST
    @Path("/chi-tieu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam TargetFields form) {
        formToken.require(form);
        form.requirePlace();
        String period = form.requirePeriod();
        FormFields fields = new FormFields();
        List<Writes.Indicator> indicators = form.indicators(fields);
        long read = FormFields.version(form.version);
        Refusal refusal = fields.refusal().any()
                ? fields.refusal()
                : Refusal.sending(() -> sessions.putIndicators(form.key, FormFields.etag(read),
                        form.unit, period, indicators));
        if (!refusal.any()) {
            return ReportPages.done(form, ReportNotice.TARGETS);
        }
        return pages.page(form.campaign, form.unit, pages.sessionOf(form.campaign, form.unit),
                ReportPages.Shown.refusedTargets(
                        new TargetsForm(period, read, TargetsForm.withBlankRows(form.filled()), refusal)));
    }
}
