package vn.tusoi.web.campaigns;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Unit;

/** Đợt sinh hoạt: the campaigns the user may follow, paged, and the unit search that picks where to look. Its template: templates/campaigns/CampaignsPage.html. */
@CheckedTemplate(basePath = "campaigns")
public record CampaignsPage(List<Campaign> campaigns, long total, int page, int pages, String query, String chosen,
        List<Unit> found) implements TemplateInstance {
}
