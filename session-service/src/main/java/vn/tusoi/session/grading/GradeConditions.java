package vn.tusoi.session.grading;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The conditions of "Hoàn thành xuất sắc nhiệm vụ" (QĐ 366-QĐ/TW, Art. 11(1)) this service can check, with the
 * records behind them: every shortcoming remedied (it refuses the grade otherwise) and, for a collective, its targets
 * of the period against "100 % of the tasks, at least 30 % beyond what was required" (advice only: targets are not
 * the same thing as the tasks assigned to it). A member's conditions have no targets. Any disciplinary decision of
 * the period is listed: it caps the grade at "Hoàn thành nhiệm vụ".
 */
public record GradeConditions(boolean remedied, List<Remediated.Open> openShortcomings, Targets targets,
        List<Disciplined.Decision> disciplined) {

    /** The unit's targets (indicators) for the period: how many are met, and how many of those exceeded. */
    public record Targets(int total, int met, int exceeded) {

        /** Every target met or exceeded, as "100 % of the tasks" asks of the tasks. */
        @JsonProperty
        public boolean allMet() {
            return total > 0 && met == total;
        }

        /** At least 30 % of the targets exceeded, as "ít nhất 30 % vượt mức yêu cầu" asks of the tasks. */
        @JsonProperty
        public boolean thirtyPercentExceeded() {
            return total > 0 && exceeded * 10 >= total * 3;
        }
    }
}
