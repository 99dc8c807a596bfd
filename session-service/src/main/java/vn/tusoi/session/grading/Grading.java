package vn.tusoi.session.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A quality grade as it is settled: assessed by the one graded (self), proposed by the level above (for a member,
 * the cell), decided by the committee. Until a grade is proposed the self-assessment may change; a decision is final.
 */
@Embeddable
public class Grading {

    /** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
    public enum Grade {
        EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
    }

    public enum Stage {
        SELF_ASSESSED, PROPOSED, DECIDED
    }

    /** What the levels above do: propose a grade after the self-assessment, decide it after the proposal. */
    public enum Step {
        PROPOSE(Stage.SELF_ASSESSED, Stage.PROPOSED), DECIDE(Stage.PROPOSED, Stage.DECIDED);

        final Stage from;
        final Stage to;

        Step(Stage from, Stage to) {
            this.from = from;
            this.to = to;
        }

        public Stage from() {
            return from;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_grade", nullable = false)
    public Grade selfGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public Grade proposedGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_grade")
    public Grade decidedGrade;

    /** The score sheet as last given (with the self-assessment, then with the proposal or decision), if any. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "score")
    public ScoreSheet score;

    public static Grading selfAssessed(Grade grade) {
        Grading grading = new Grading();
        grading.stage = Stage.SELF_ASSESSED;
        grading.selfGrade = grade;
        return grading;
    }

    public boolean mayReassess() {
        return stage == Stage.SELF_ASSESSED;
    }

    /** Takes the step with the grade; false if the grading is not at the stage the step starts from. */
    public boolean take(Step step, Grade grade) {
        if (stage != step.from) {
            return false;
        }
        if (step == Step.PROPOSE) {
            proposedGrade = grade;
        } else {
            decidedGrade = grade;
        }
        stage = step.to;
        return true;
    }
}
