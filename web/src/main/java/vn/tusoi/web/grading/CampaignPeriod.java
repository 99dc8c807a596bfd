package vn.tusoi.web.grading;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.ClassificationApi;
import vn.tusoi.web.api.GradingPeriod;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.format.PeriodNames;

/** The name of the period a campaign's grades are for, as its progress page and report head their grades. */
@ApplicationScoped
public class CampaignPeriod {

    private final ClassificationApi classifications;

    public CampaignPeriod(@RestClient ClassificationApi classifications) {
        this.classifications = classifications;
    }

    /** "năm 2026", "quý III năm 2026", ...; an occasion's title, asked of session-service only for an occasion. */
    public String name(Campaign campaign) {
        String code = campaign.gradedFor();
        if (!PeriodNames.isOccasion(code)) {
            return PeriodNames.of(code, null);
        }
        GradingPeriod occasion = Lookups.orNull(() -> classifications.period(code));
        return PeriodNames.of(code, occasion == null ? null : occasion.title());
    }
}
