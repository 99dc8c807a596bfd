package vn.tusoi.session.grading;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.rest.RuleViolation;

/** What every grading step shares: the step allowed at the stage, the score sheet it rests on, the step taken. */
@ApplicationScoped
public class GradingSteps {

    private final Scores scores;

    public GradingSteps(Scores scores) {
        this.scores = scores;
    }

    public ScoreSheet sheet(ScorePoints points) {
        return scores.sheet(points);
    }

    /** The step's score sheet, if it gives one, replaces the last; the grade may not be above what the sheet allows. */
    public void scored(Grading grading, Grading.Grade grade, ScorePoints points) {
        ScoreSheet score = points == null ? grading.score : scores.sheet(points);
        Scores.requireWithin(grade, score, "grade");
        grading.score = score;
    }

    /** Refuses a step the grading's stage does not allow (409), before any rule of the grade is checked. */
    public static void requireStep(Grading grading, Grading.Step step) {
        if (grading.stage != step.from()) {
            throw new RuleViolation(409, "grading-step-not-allowed", "stage",
                    "a grade can be " + step.name().toLowerCase() + "d at stage "
                            + step.from() + "; this one is " + grading.stage);
        }
    }

    public static void take(Grading grading, Grading.Step step, Grading.Grade grade) {
        requireStep(grading, step);
        grading.take(step, grade);
    }
}
