package vn.tusoi.aggregation.event;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** session-service's session event, as far as the roll-ups read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionChanged(UUID id, String campaignCode, String unitCode, String status, LocalDate heldOn,
        Integer attendanceExpected, Integer attendancePresent, long version) {

    public static final String TYPE = "vn.tusoi.session.session.changed";
}
