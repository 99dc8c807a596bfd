package vn.tusoi.web.grading;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Unit;

/**
 * A committee's grading queue: its direct subordinate units' classifications of a year with their score and the
 * conditions of the highest grade, those it may grade at once ticked in one form; {@code results} what the last such
 * form did, unit by unit. Its template: templates/grading/UnitQueuePage.html.
 */
@CheckedTemplate(basePath = "grading")
public record UnitQueuePage(Unit committee, int year, List<UnitQueueRow> rows, boolean actionable,
        List<String> results, String key) implements TemplateInstance {

    static UnitQueuePage of(Unit committee, int year, List<UnitQueueRow> rows, List<String> results, String key) {
        return new UnitQueuePage(committee, year, rows, rows.stream().anyMatch(row -> row.step() != null), results,
                key);
    }
}
