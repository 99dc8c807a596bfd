package vn.tusoi.web.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Daily;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.export.Downloads;
import vn.tusoi.web.export.Sheet;
import vn.tusoi.web.format.VietnameseFormat;
import vn.tusoi.web.signin.SignedInUser;

/** The completion curve: held per day and cumulated, with the expected total and the deadline. */
@Path("/bieu-do")
public class CurveResource {

    /** A campaign drawn day by day for at most two years. */
    static final int MAX_DAYS = 731;

    private final SignedInUser user;
    private final AggregationApi aggregation;
    private final SessionApi sessions;
    private final ObjectMapper json;

    public CurveResource(SignedInUser user, @RestClient AggregationApi aggregation, @RestClient SessionApi sessions,
            ObjectMapper json) {
        this.user = user;
        this.aggregation = aggregation;
        this.sessions = sessions;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance curve(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit) throws JsonProcessingException {
        Progress progress = aggregation.progress(campaign, unit);
        Daily daily = aggregation.daily(campaign, unit);
        Campaign issued = sessions.campaign(campaign);
        return new CurvePage(issued, progress, daily,
                json.writeValueAsString(chart(daily, issued.startDate())));
    }

    @GET
    @Path("/xlsx")
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit) {
        Progress progress = aggregation.progress(campaign, unit);
        Daily daily = aggregation.daily(campaign, unit);
        Sheet sheet = new Sheet("Tiến độ theo ngày", progress.unitName(), progress.asOf(), "Ngày",
                "Tổ chức trong ngày", "Lũy kế", "Phải tổ chức");
        daily.days().forEach(day -> sheet.row(day.date(), day.held(), day.cumulative(), daily.expected()));
        return Downloads.xlsx(sheet, "tien-do-theo-ngay-" + unit);
    }

    /** What the chart script draws, in the data island of the page: labels already in Vietnamese. */
    record Chart(List<String> dates, List<Long> held, List<Long> cumulative, long expected, String deadline) {
    }

    /**
     * Every day from the campaign's start (or the first session, if earlier) to its deadline (or the last session, if
     * later), so that the days without a session and the deadline stand where they fall.
     */
    static Chart chart(Daily daily, LocalDate start) {
        Map<LocalDate, Daily.Day> days = new HashMap<>();
        daily.days().forEach(day -> days.put(day.date(), day));
        LocalDate first = daily.days().isEmpty() ? start : min(start, daily.days().get(0).date());
        LocalDate last = daily.days().isEmpty()
                ? daily.deadline()
                : max(daily.deadline(), daily.days().get(daily.days().size() - 1).date());
        List<String> dates = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        List<Long> cumulative = new ArrayList<>();
        long total = 0;
        for (LocalDate date = first; !date.isAfter(last) && dates.size() < MAX_DAYS; date = date.plusDays(1)) {
            Daily.Day day = days.get(date);
            total = day == null ? total : day.cumulative();
            dates.add(VietnameseFormat.date(date));
            held.add(day == null ? 0 : day.held());
            cumulative.add(total);
        }
        return new Chart(dates, held, cumulative, daily.expected(), VietnameseFormat.date(daily.deadline()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
