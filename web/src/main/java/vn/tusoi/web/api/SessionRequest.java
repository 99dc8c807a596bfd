package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What a unit reports of its session, as session-service takes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionRequest(String unitCode, LocalDate heldOn, String status, String kind, String chair,
        List<String> delegates, Session.Attendance attendance, String minutesSummary) {
}
