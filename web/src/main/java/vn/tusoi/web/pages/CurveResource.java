package vn.tusoi.web.pages;

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
        String bearer = user.bearer();
        Progress progress = aggregation.progress(bearer, campaign, unit);
        Daily daily = aggregation.daily(bearer, campaign, unit);
        return Templates.curve(user.displayName(), sessions.campaign(bearer, campaign), progress, daily,
                json.writeValueAsString(chart(daily)));
    }

    @GET
    @Path("/xlsx")
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit) {
        String bearer = user.bearer();
        Progress progress = aggregation.progress(bearer, campaign, unit);
        Daily daily = aggregation.daily(bearer, campaign, unit);
        Sheet sheet = new Sheet("Tiến độ theo ngày", progress.unitName(), progress.asOf(), "Ngày",
                "Tổ chức trong ngày", "Lũy kế", "Phải tổ chức");
        daily.days().forEach(day -> sheet.row(day.date(), day.held(), day.cumulative(), daily.expected()));
        return Downloads.xlsx(sheet, "tien-do-theo-ngay-" + unit);
    }

    /** What the chart script draws, in the data island of the page: labels already in Vietnamese. */
    record Chart(java.util.List<String> dates, java.util.List<Long> held, java.util.List<Long> cumulative,
            long expected, String deadline) {
    }

    static Chart chart(Daily daily) {
        return new Chart(daily.days().stream().map(day -> VietnameseFormat.date(day.date())).toList(),
                daily.days().stream().map(Daily.Day::held).toList(),
                daily.days().stream().map(Daily.Day::cumulative).toList(), daily.expected(),
                VietnameseFormat.date(daily.deadline()));
    }
}
