package vn.tusoi.web.laggards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.Reminders;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.export.Downloads;
import vn.tusoi.web.export.Sheet;
import vn.tusoi.web.format.Labels;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.progress.Sorting;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Đơn vị chưa tổ chức: the units under a unit that must hold the campaign and have not; an officer reminds them
 * (aggregation-service decides who is still late and who was reminded within its interval).
 */
@Path("/chua-to-chuc")
public class LaggardsResource {

    /** The most laggards one page or sheet lists (a province's communes and cells); the rest are counted. */
    static final int MAX_ROWS = 10 * Page.MAX_SIZE;
    static final List<String> SORT_KEYS = List.of("name", "kind", "days");
    static final Sorting DEFAULT_SORT = new Sorting("days", true);
    private static final Map<String, Comparator<Laggard>> COLUMNS = Map.of(
            "name", Comparator.comparing(Laggard::name),
            "kind", Comparator.comparing(laggard -> Labels.of(laggard.kind())),
            "days", Comparator.comparingLong(Laggard::daysPastDeadline));

    private final SignedInUser user;
    private final AggregationApi aggregation;
    private final SessionApi sessions;
    private final NoticeApi notices;
    private final FormToken formToken;

    public LaggardsResource(SignedInUser user, @RestClient AggregationApi aggregation,
            @RestClient SessionApi sessions, @RestClient NoticeApi notices, FormToken formToken) {
        this.user = user;
        this.aggregation = aggregation;
        this.sessions = sessions;
        this.notices = notices;
        this.formToken = formToken;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance laggards(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("sort") @Size(max = 20) String sort) {
        return page(campaign, unit, sort, "");
    }

    /** "Nhắc ngay": the ticked laggards (none ticked: all of them), with the officer's message. */
    public static class ReminderFields extends SignedForm {
        @RestForm
        @NotBlank
        @Size(max = 64)
        public String campaign;
        @RestForm
        @NotBlank
        @Size(max = 64)
        public String unit;
        @RestForm
        public List<String> chon;
        @RestForm
        public String loiNhan;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance remind(@BeanParam @Valid ReminderFields form) {
        formToken.require(form);
        Reminders.Outcome[] outcome = new Reminders.Outcome[1];
        Refusal refusal = Refusal.sending(() -> outcome[0] = notices.remind(form.key, form.campaign, form.unit,
                new Reminders.Request(form.chon == null ? List.of() : form.chon, FormFields.text(form.loiNhan))));
        return page(form.campaign, form.unit, null,
                refusal == Refusal.NONE ? ReminderWords.of(outcome[0]) : "Chưa gửi nhắc: " + refusal.message());
    }

    private TemplateInstance page(String campaign, String unit, String sort, String outcome) {
        Progress progress = aggregation.progress(campaign, unit);
        Sorting sorting = Sorting.parse(sort, DEFAULT_SORT, SORT_KEYS);
        Page<Laggard> found = all(campaign, unit);
        return new LaggardsPage(sessions.campaign(campaign), progress,
                sorting.apply(found.items(), COLUMNS, Comparator.comparing(Laggard::unitCode)), found.total(),
                sorting, user.has("officer") || user.has("admin"), outcome, UUID.randomUUID().toString());
    }

    @GET
    @Path("/xlsx")
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit) {
        Progress progress = aggregation.progress(campaign, unit);
        Sheet sheet = new Sheet("Đơn vị chưa tổ chức sinh hoạt", progress.unitName(), progress.asOf(),
                "Mã đơn vị", "Tên đơn vị", "Loại tổ chức đảng", "Trực thuộc", "Số ngày quá hạn");
        all(campaign, unit).items().forEach(laggard -> sheet.row(laggard.unitCode(), laggard.name(),
                Labels.of(laggard.kind()), laggard.parentCode(), laggard.daysPastDeadline()));
        return Downloads.xlsx(sheet, "chua-to-chuc-" + unit);
    }

    Page<Laggard> all(String campaign, String unit) {
        return Page.all(page -> aggregation.laggards(campaign, unit, page, Page.MAX_SIZE), MAX_ROWS);
    }
}
