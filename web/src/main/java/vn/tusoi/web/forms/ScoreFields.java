package vn.tusoi.web.forms;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tusoi.web.api.Scores;

/**
 * The score sheet's part of a grading form: the frame of criteria, and for each of its groups (in the frame's order)
 * the points typed. Whether the points are allowed (each within its group's maximum, the grade within the total) is
 * the service's to say.
 */
public record ScoreFields(String frame, List<String> groups, List<String> points) {

    /** The points typed, or null where the sheet was left blank (a grade without a score). */
    public Scores.Points read(FormFields fields) {
        if (groups == null || points == null || points.stream().allMatch(FormFields::blank)) {
            return null;
        }
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            BigDecimal value = fields.decimal("score.points." + groups.get(i), FormFields.at(points, i));
            if (value != null) {
                given.put(groups.get(i), value);
            }
        }
        return new Scores.Points(FormFields.text(frame), given);
    }

    /** The sheet as typed, to show again beside a refusal. */
    public Scores.Sheet typed() {
        Scores.Points read = read(new FormFields());
        return read == null ? null : new Scores.Sheet(read.frameId(), read.points(), null, null);
    }
}
