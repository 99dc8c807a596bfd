package vn.tusoi.web.followup;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;

/** Theo dõi khắc phục: a unit's open shortcomings and their actions, to update, verify or reopen. Its template: templates/followup/RemediationPage.html. */
@CheckedTemplate(basePath = "followup")
public record RemediationPage(Unit unit, List<Shortcoming> shortcomings, boolean reviews, String actionInError,
        Refusal refusal, String key, String notice) implements TemplateInstance {
}
