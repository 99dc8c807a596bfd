package vn.tusoi.web.laggards;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.Reminders;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;

/** Lịch nhắc tự động: a campaign's reminder schedule, read and set (aggregation-service decides who may). */
@Path("/chua-to-chuc/lich-nhac")
@Produces(MediaType.TEXT_HTML)
public class ReminderScheduleResource {

    private final NoticeApi notices;
    private final SessionApi sessions;
    private final FormToken formToken;

    public ReminderScheduleResource(@RestClient NoticeApi notices, @RestClient SessionApi sessions,
            FormToken formToken) {
        this.notices = notices;
        this.sessions = sessions;
        this.formToken = formToken;
    }

    @GET
    public Response page(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("da") @Size(max = 10) String done) {
        return page(campaign, unit, "luu".equals(done) ? "Đã lưu lịch nhắc." : "", Refusal.NONE);
    }

    /** The schedule as the form sends it: "7, 1", and two numbers. */
    public static class ScheduleFields extends SignedForm {
        @RestForm
        @NotBlank
        @Size(max = 64)
        public String campaign;
        @RestForm
        @NotBlank
        @Size(max = 64)
        public String unit;
        @RestForm
        @Size(max = 100)
        public String daysBefore;
        @RestForm
        public String everyDaysAfter;
        @RestForm
        public String timesAfter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam @Valid ScheduleFields form) {
        formToken.require(form);
        FormFields fields = new FormFields();
        List<Integer> before = new ArrayList<>();
        for (String day : (form.daysBefore == null ? "" : form.daysBefore).split("[,;\\s]+")) {
            if (!day.isBlank()) {
                before.add(fields.number("daysBefore", day));
            }
        }
        Integer every = fields.number("everyDaysAfter", form.everyDaysAfter);
        Integer times = fields.number("timesAfter", form.timesAfter);
        Refusal refusal = fields.refusal();
        if (!refusal.any() && (every == null || times == null)) {
            refusal = missing();
        }
        if (!refusal.any()) {
            refusal = Refusal.sending(() -> notices.setSchedule(form.key, form.campaign,
                    new Reminders.Schedule(before, every, times, true)));
        }
        if (refusal.any()) {
            return page(form.campaign, form.unit, "", refusal);
        }
        return Response.seeOther(URI.create("/chua-to-chuc/lich-nhac?campaign=" + Links.encode(form.campaign)
                + "&unit=" + Links.encode(form.unit) + "&da=luu")).build();
    }

    private static Refusal missing() {
        return Refusal.of(new vn.tusoi.web.api.Problem(null, null, 400,
                "Cần điền số ngày nhắc sau hạn chót và số lần nhắc.", null, null));
    }

    private Response page(String campaign, String unit, String saved, Refusal refusal) {
        Reminders.Schedule schedule;
        try {
            schedule = notices.schedule(campaign);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 403) {
                throw e;
            }
            schedule = null;
        }
        return Html.page(refusal.any() ? refusal.status() : 200, new ReminderSchedulePage(sessions.campaign(campaign),
                unit, schedule, saved, refusal, UUID.randomUUID().toString()).render());
    }
}
