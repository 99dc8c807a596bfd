package vn.tusoi.web.followup;

import java.util.List;
import java.util.Set;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/**
 * Theo dõi khắc phục: a unit's open shortcomings and their actions, to update, verify or reopen; {@code escalated}:
 * the actions reported to the unit above their owner for being overdue. Its template:
 * templates/followup/RemediationPage.html.
 */
@CheckedTemplate(basePath = "followup")
public record RemediationPage(Unit unit, List<Shortcoming> shortcomings, boolean reviews, String actionInError,
        Refusal refusal, String key, String notice, Set<String> escalated) implements TemplateInstance {
}
