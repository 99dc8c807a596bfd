package vn.tusoi.web.laggards;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.progress.Sorting;

/**
 * Chưa tổ chức: the units under a unit that have not held the campaign's session, each with when it was last
 * reminded; an officer ticks them and reminds them ({@code mayRemind}). {@code outcome}: what a reminder just did.
 * Its template: templates/laggards/LaggardsPage.html.
 */
@CheckedTemplate(basePath = "laggards")
public record LaggardsPage(Campaign campaign, Progress progress, List<Laggard> laggards, long total,
        Sorting sorting, boolean mayRemind, String outcome, String key) implements TemplateInstance {
}
