package vn.tusoi.web.selfreview;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;

/** Tự kiểm điểm: the open campaigns a member reviews themselves in, or a cell's reviews for its secretary. Its template: templates/selfreview/SelfReviewCampaignsPage.html. */
@CheckedTemplate(basePath = "selfreview")
public record SelfReviewCampaignsPage(List<Campaign> campaigns, boolean member,
        String unit) implements TemplateInstance {
}
