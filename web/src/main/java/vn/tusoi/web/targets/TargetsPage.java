package vn.tusoi.web.targets;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.IndicatorSet;
import vn.tusoi.web.api.Progress;

/** Chỉ tiêu: a unit's targets of a year or a term, met or not. Its template: templates/targets/TargetsPage.html. */
@CheckedTemplate(basePath = "targets")
public record TargetsPage(Campaign campaign, Progress progress, IndicatorSet indicators, String period,
        List<String> periods) implements TemplateInstance {
}
