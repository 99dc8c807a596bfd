package vn.tusoi.web.targets;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.IndicatorSet;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.export.Downloads;
import vn.tusoi.web.export.Sheet;
import vn.tusoi.web.format.Labels;
import vn.tusoi.web.signin.SignedInUser;

/** Chỉ tiêu: a unit's targets for a year or a term, with attainment never capped and "21/33 đạt". */
@Path("/chi-tieu")
public class TargetsResource {

    /** Party congresses' terms run five years from a year divisible by five (2020–2025). */

    private final SignedInUser user;
    private final AggregationApi aggregation;
    private final SessionApi sessions;

    public TargetsResource(SignedInUser user, @RestClient AggregationApi aggregation,
            @RestClient SessionApi sessions) {
        this.user = user;
        this.aggregation = aggregation;
        this.sessions = sessions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance targets(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaignCode,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("period") @Pattern(regexp = "\\d{4}(-\\d{4})?") String period) {
        Campaign campaign = sessions.campaign(campaignCode);
        Progress progress = aggregation.progress(campaignCode, unit);
        List<String> periods = ReportingPeriods.of(campaign);
        String shown = period == null ? periods.get(0) : period;
        return new TargetsPage(campaign, progress, find(unit, shown), shown, periods);
    }

    @GET
    @Path("/xlsx")
    public Response sheet(@QueryParam("campaign") @NotBlank @Size(max = 64) String campaignCode,
            @QueryParam("unit") @NotBlank @Size(max = 64) String unit,
            @QueryParam("period") @NotBlank @Pattern(regexp = "\\d{4}(-\\d{4})?") String period) {
        Progress progress = aggregation.progress(campaignCode, unit);
        Sheet sheet = new Sheet("Chỉ tiêu " + period, progress.unitName(), progress.asOf(), "Chỉ tiêu",
                "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)", "Kết quả");
        IndicatorSet indicators = find(unit, period);
        if (indicators != null) {
            indicators.indicators().forEach(item -> sheet.row(item.name(), item.unit(), item.target(),
                    item.actual(), item.attainmentPercent(), Labels.of(item.status())));
        }
        return Downloads.xlsx(sheet, "chi-tieu-" + unit + "-" + period);
    }

    /** The unit's targets for the period, or null when it has set none. */
    private IndicatorSet find(String unit, String period) {
        return Lookups.orNull(() -> sessions.indicators(unit, period));
    }
}
