package vn.tusoi.web.selfreview;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.SelfReview;
import vn.tusoi.web.api.Unit;

/** The self-reviews of a cell's members, for its secretary and the committees above. Its template: templates/selfreview/SelfReviewsOfCellPage.html. */
@CheckedTemplate(basePath = "selfreview")
public record SelfReviewsOfCellPage(Campaign campaign, Unit cell,
        List<SelfReview> reviews) implements TemplateInstance {
}
