package vn.tusoi.web.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.forms.Ticked;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * A committee's grading queue for a period: its direct subordinate units, each with its classification, score and the
 * conditions of the highest grade; the committee proposes the units' own grades or decides those proposed, several
 * at once, each on its own against the version read: one refused leaves the others done, and the page says why.
 */
@Path("/xep-loai/don-vi")
@Produces(MediaType.TEXT_HTML)
public class UnitQueueResource {

    private final SignedInUser user;
    private final ClassificationApi classifications;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public UnitQueueResource(SignedInUser user, @RestClient ClassificationApi classifications,
            @RestClient OrganizationApi organization, FormToken formToken) {
        this.user = user;
        this.classifications = classifications;
        this.organization = organization;
        this.formToken = formToken;
    }

    @GET
    public Response queue(@QueryParam("unit") @Size(max = 64) String unit,
            @QueryParam("ky") @Size(max = 64) String period) {
        return page(FormFields.blank(unit) ? user.viewUnit() : unit, ShownPeriod.of(ShownPeriod.code(period),
                classifications), List.of());
    }

    /** The units ticked, each {@code code:version}. */
    public static class QueueFields extends SignedForm {
        @RestForm
        public String unit;
        @RestForm
        public String ky;
        @RestForm
        public List<String> chon;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@BeanParam QueueFields form) {
        formToken.require(form);
        if (!user.reviews()) {
            throw new ForbiddenException();
        }
        ShownPeriod period = ShownPeriod.of(ShownPeriod.code(form.ky), classifications);
        Ticked ticked = Ticked.of(form.chon);
        if (FormFields.blank(form.unit)) {
            throw new WebApplicationException(400);
        }
        List<String> results = new ArrayList<>();
        for (UnitQueueRow row : rows(form.unit, period.code())) {
            String code = row.unit().code();
            if (!ticked.asked(code)) {
                continue;
            }
            if (row.step() == null || !ticked.current(code, row.classification().version())) {
                results.add(Ticked.moved(row.unit().name(), "việc xếp loại"));
                continue;
            }
            Refusal refused = Refusal.sending(() -> classifications.gradeClassification(form.key + ":" + code,
                    FormFields.etag(row.classification().version()), code, period.code(), row.step(),
                    new Writes.Grade(row.grade(), null)));
            results.add(Ticked.outcome(row.unit().name(), refused));
        }
        return page(form.unit, period, results);
    }

    private Response page(String unit, ShownPeriod period, List<String> results) {
        return Html.page(200, UnitQueuePage.of(organization.unit(unit), period, rows(unit, period.code()), results,
                UUID.randomUUID().toString()).render());
    }

    private List<UnitQueueRow> rows(String unit, String period) {
        List<Unit> children = Page.all(page -> organization.children(unit, page, Page.MAX_SIZE), Page.MAX_LISTED)
                .items();
        boolean grades = user.reviews();
        return children.stream().map(child -> {
            Classification classification = Lookups.orNull(() -> classifications.classification(child.code(), period));
            boolean open = classification != null && !"DECIDED".equals(classification.stage());
            UnitQueueRow row = UnitQueueRow.of(child, classification,
                    open ? classifications.classificationConditions(child.code(), period) : null);
            return grades ? row : row.withoutStep();
        }).toList();
    }
}
