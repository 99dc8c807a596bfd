package vn.tusoi.session.event;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What this service reads of organization-service's unit events (contract: README, "Events"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(String code, String kind, String parentCode, List<String> ancestors, LocalDate validTo,
        long version) {
}
