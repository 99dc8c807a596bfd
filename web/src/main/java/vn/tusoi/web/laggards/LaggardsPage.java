package vn.tusoi.web.laggards;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.progress.Sorting;

/** Chưa tổ chức: the units under a unit that have not held the campaign's session. Its template: templates/laggards/LaggardsPage.html. */
@CheckedTemplate(basePath = "laggards")
public record LaggardsPage(Campaign campaign, Progress progress, List<Laggard> laggards, long total,
        Sorting sorting) implements TemplateInstance {
}
