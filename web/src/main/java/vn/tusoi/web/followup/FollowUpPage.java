package vn.tusoi.web.followup;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.Shortcoming;

/** Khắc phục hạn chế: the shortcomings raised under a unit in a campaign, by area, open or overdue. Its template: templates/followup/FollowUpPage.html. */
@CheckedTemplate(basePath = "followup")
public record FollowUpPage(Campaign campaign, Progress progress, List<Shortcoming> shortcomings, long total,
        String area, boolean overdueOnly, List<String> areas) implements TemplateInstance {
}
