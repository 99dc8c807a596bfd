package vn.tusoi.web.selfreview;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Unit;

/**
 * A cell's grading queue: its members' self-reviews with the score, the grades given and the conditions of the
 * highest grade, those the signed-in user may grade at once ticked in one form; {@code results} what the last such
 * form did, member by member. Its template: templates/selfreview/SelfReviewsOfCellPage.html.
 */
@CheckedTemplate(basePath = "selfreview")
public record SelfReviewsOfCellPage(Campaign campaign, Unit cell, List<QueueRow> rows, boolean actionable,
        List<String> results, String key) implements TemplateInstance {

    /** The page of these rows, offering the form where any row may be graded by the signed-in user. */
    static SelfReviewsOfCellPage of(Campaign campaign, Unit cell, List<QueueRow> rows, List<String> results,
            String key) {
        return new SelfReviewsOfCellPage(campaign, cell, rows, rows.stream().anyMatch(row -> row.step() != null),
                results, key);
    }
}
