package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;

/** A campaign as session-service shows it. */
public record Campaign(String code, String title, String theme, String issuingUnitCode, List<String> scopeKinds,
        LocalDate startDate, LocalDate deadline, String planReference, String checklistId, String status) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
