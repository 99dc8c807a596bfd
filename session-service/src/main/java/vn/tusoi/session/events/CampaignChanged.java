package vn.tusoi.session.events;

import java.time.LocalDate;
import java.util.List;

/** A campaign's full state, published on every change. */
public record CampaignChanged(
        String code,
        String title,
        String issuingUnitCode,
        List<String> scopeKinds,
        LocalDate startDate,
        LocalDate deadline,
        String gradingPeriod,
        String status,
        long version) {

    public static final String TYPE = "vn.tusoi.session.campaign.changed";
}
