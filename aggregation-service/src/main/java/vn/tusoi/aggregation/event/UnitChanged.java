package vn.tusoi.aggregation.event;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** organization-service's unit event, as far as the roll-ups read it (contract: README, "Events"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(String code, String name, String kind, String parentCode, List<String> ancestors,
        int memberCount, LocalDate validTo, List<String> predecessors, long version) {

    public static final String TYPE = "vn.tusoi.org.unit.changed";
}
