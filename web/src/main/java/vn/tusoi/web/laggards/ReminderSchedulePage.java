package vn.tusoi.web.laggards;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Reminders;
import vn.tusoi.web.forms.Refusal;

/**
 * Lịch nhắc tự động: when a campaign's laggards are reminded on their own, changed by the officers of the unit that
 * issued it ({@code schedule} null: the caller may not read it). Its template:
 * templates/laggards/ReminderSchedulePage.html.
 */
@CheckedTemplate(basePath = "laggards")
public record ReminderSchedulePage(Campaign campaign, String unit, Reminders.Schedule schedule, String saved,
        Refusal refusal, String key) implements TemplateInstance {
}
