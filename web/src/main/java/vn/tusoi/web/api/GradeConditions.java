package vn.tusoi.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The conditions of "Hoàn thành xuất sắc nhiệm vụ" session-service checks from its own records, with the records
 * behind them: every shortcoming remedied (the grade is refused otherwise); for a collective, its targets of the
 * period (advice only); any disciplinary decision of the period (which caps the grade).
 */
public record GradeConditions(boolean remedied, List<Open> openShortcomings, Targets targets,
        List<Decision> disciplined) {

    /** A shortcoming not yet resolved, in the session it was raised in. */
    public record Open(UUID id, UUID sessionId, LocalDate heldOn, String area, String status, String description) {
    }

    public record Targets(int total, int met, int exceeded, boolean allMet, boolean thirtyPercentExceeded) {
    }

    public record Decision(UUID id, String decisionReference, LocalDate decidedOn) {
    }

    /** The conditions in a few words, for a row of a grading queue. */
    public String summary() {
        String remedy = remedied
                ? "Đã khắc phục hết hạn chế"
                : "Còn " + openShortcomings.size() + " hạn chế chưa khắc phục";
        return disciplined == null || disciplined.isEmpty() ? remedy : remedy + "; có quyết định kỷ luật trong kỳ";
    }

    /** Whether the highest grade's conditions the service checks all hold. */
    public boolean hold() {
        return remedied && (disciplined == null || disciplined.isEmpty());
    }
}
