package vn.tusoi.session.api;

import java.time.LocalDate;
import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;

public record CampaignView(
        String code,
        String title,
        String theme,
        String issuingUnitCode,
        List<String> scopeKinds,
        LocalDate startDate,
        LocalDate deadline,
        String planReference,
        String checklistId,
        String gradingPeriod,
        String status,
        long version) implements Versioned {
}
