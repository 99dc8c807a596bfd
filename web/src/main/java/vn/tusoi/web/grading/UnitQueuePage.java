package vn.tusoi.web.grading;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Unit;

/**
 * A committee's grading queue: its direct subordinate units' classifications for a period with their score and the
 * conditions of the highest grade, those it may grade at once ticked in one form; {@code results} what the last such
 * form did, unit by unit. Its template: templates/grading/UnitQueuePage.html.
 */
@CheckedTemplate(basePath = "grading")
public record UnitQueuePage(Unit committee, ShownPeriod period, List<UnitQueueRow> rows, boolean actionable,
        List<String> results, String key) implements TemplateInstance {

    static UnitQueuePage of(Unit committee, ShownPeriod period, List<UnitQueueRow> rows, List<String> results,
            String key) {
        return new UnitQueuePage(committee, period, rows, rows.stream().anyMatch(row -> row.step() != null), results,
                key);
    }
}
