package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.platform.rest.RuleViolation;

/** Turns the points given into a score sheet of its frame, and holds a grade to what the score allows. */
@ApplicationScoped
public class Scores {

    private final EntityManager em;

    public Scores(EntityManager em) {
        this.em = em;
    }

    /** The sheet for the points: every group of the frame given, none above its maximum, no other group. */
    public ScoreSheet sheet(ScorePoints given) {
        String frameId = given.frameId() == null ? CriteriaFrame.DEFAULT : given.frameId();
        CriteriaFrame frame = em.find(CriteriaFrame.class, frameId);
        if (frame == null) {
            throw new RuleViolation(422, "criteria-frame-unknown", "score.frameId", "no criteria frame " + frameId);
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CriteriaFrame.Group group : frame.groups) {
            BigDecimal awarded = given.points().get(group.code());
            String field = "score.points." + group.code();
            if (awarded == null) {
                throw new RuleViolation(422, "score-group-missing", field,
                        "the score sheet lacks the group " + group.code() + " (" + group.title() + ")");
            }
            if (awarded.compareTo(group.maxPoints()) > 0) {
                throw new RuleViolation(422, "score-above-maximum", field, group.title() + " gives at most "
                        + group.maxPoints().stripTrailingZeros().toPlainString() + " points, not "
                        + awarded.stripTrailingZeros().toPlainString());
            }
            points.put(group.code(), awarded);
            total = total.add(awarded);
        }
        for (String code : given.points().keySet()) {
            if (!points.containsKey(code)) {
                throw new RuleViolation(422, "score-group-unknown", "score.points." + code,
                        "criteria frame " + frameId + " has no group " + code);
            }
        }
        return new ScoreSheet(frameId, points, total, ScoreSheet.gradeOf(total));
    }

    /** Refuses a grade above what the score sheet allows (422 {@code grade-above-score}); no sheet, no limit. */
    public static void requireWithin(Grading.Grade grade, ScoreSheet sheet, String field) {
        if (sheet != null && !sheet.allows(grade)) {
            throw new RuleViolation(422, "grade-above-score", field, "a total of "
                    + sheet.total().stripTrailingZeros().toPlainString() + " points allows at most " + sheet.grade()
                    + " (QĐ 366-QĐ/TW: from 90 excellent, 70 good, 50 completed), not " + grade);
        }
    }
}
