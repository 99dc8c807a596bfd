package vn.tusoi.web.followup;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.export.Downloads;
import vn.tusoi.web.export.Sheet;
import vn.tusoi.web.format.Labels;
import vn.tusoi.web.signin.SignedInUser;

/** Khắc phục hạn chế: the open shortcomings at a unit and under it, by area, with causes and actions. */
@Path("/khac-phuc")
public class FollowUpResource {

    private final SignedInUser user;
    private final AggregationApi aggregation;
    private final SessionApi sessions;

    public FollowUpResource(SignedInUser user, @RestClient AggregationApi aggregation,
            @RestClient SessionApi sessions) {
        this.user = user;
        this.aggregation = aggregation;
        this.sessions = sessions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance followUp(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("area") @Size(max = 40) String area, @QueryParam("overdue") boolean overdueOnly) {
        Progress progress = aggregation.progress(campaign, unit);
        List<Shortcoming> open = open(unit);
        List<String> areas = open.stream().map(Shortcoming::area).distinct().sorted().toList();
        List<Shortcoming> shown = filter(open, area, overdueOnly);
        return new FollowUpPage(sessions.campaign(campaign), progress, shown,
                open.size(), area == null ? "" : area, overdueOnly, areas);
    }

    @GET
    @Path("/xlsx")
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaign,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("area") @Size(max = 40) String area, @QueryParam("overdue") boolean overdueOnly) {
        Progress progress = aggregation.progress(campaign, unit);
        Sheet sheet = new Sheet("Khắc phục hạn chế", progress.unitName(), progress.asOf(), "Đơn vị", "Lĩnh vực",
                "Hạn chế", "Nguyên nhân", "Biện pháp khắc phục", "Người chịu trách nhiệm", "Hạn hoàn thành",
                "Tình trạng", "Tiến độ (%)", "Quá hạn", "Tái diễn");
        for (Shortcoming shortcoming : filter(open(unit), area, overdueOnly)) {
            String causes = shortcoming.causes() == null
                    ? ""
                    : String.join("; ", shortcoming.causes().stream()
                            .map(cause -> Labels.of(cause.kind()) + ": " + cause.description()).toList());
            for (Shortcoming.Action action : shortcoming.actions()) {
                sheet.row(shortcoming.unitCode(), Labels.of(shortcoming.area()), shortcoming.description(), causes,
                        action.description(), action.owner(), action.dueOn(), Labels.of(action.status()),
                        action.progressPercent(), action.overdue() ? "Có" : "Không",
                        shortcoming.recurringOfId() != null ? "Có" : "Không");
            }
        }
        return Downloads.xlsx(sheet, "khac-phuc-" + unit);
    }

    private List<Shortcoming> open(String unit) {
        return Page.all(page -> sessions.shortcomings(unit, "OPEN", page, Page.MAX_SIZE), Page.MAX_LISTED)
                .items();
    }

    private static List<Shortcoming> filter(List<Shortcoming> open, String area, boolean overdueOnly) {
        return open.stream().filter(shortcoming -> area == null || area.isBlank() || area.equals(shortcoming.area()))
                .filter(shortcoming -> !overdueOnly || shortcoming.overdue()).toList();
    }
}
