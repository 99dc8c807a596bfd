package vn.tusoi.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

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

    public static Grading selfAssessed(Grade grade) {
        Grading grading = new Grading();
        grading.stage = Stage.SELF_ASSESSED;
        grading.selfGrade = grade;
        return grading;
    }

    public boolean mayReassess() {
        return stage == Stage.SELF_ASSESSED;
    }

    /** Proposes a grade; false if the grading is past the self-assessment. */
    public boolean propose(Grade grade) {
        if (stage != Stage.SELF_ASSESSED) {
            return false;
        }
        proposedGrade = grade;
        stage = Stage.PROPOSED;
        return true;
    }

    /** Decides the grade; false unless one was proposed and none decided yet. */
    public boolean decide(Grade grade) {
        if (stage != Stage.PROPOSED) {
            return false;
        }
        decidedGrade = grade;
        stage = Stage.DECIDED;
        return true;
    }
}
