package vn.tusoi.web.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.grading.CampaignPeriod;

/** Assembles the progress page from the three services, with the signed-in user's token. */
@ApplicationScoped
public class ProgressBoard {

    /** The most children one table shows (a province's communes); the rest are counted, not listed. */
    static final int MAX_CHILDREN = 2 * Page.MAX_SIZE;

    public static final List<String> SORT_KEYS = List.of("name", "held", "percent", "late");
    public static final Sorting DEFAULT_SORT = new Sorting("percent", false);

    private static final Map<String, Comparator<ChildRow>> COLUMNS = Map.of(
            "name", Comparator.comparing(ChildRow::name, Comparator.nullsLast(String::compareTo)),
            "held", Comparator.comparingLong(ChildRow::held),
            "percent", Sorting.nullsLast(ChildRow::percent),
            "late", Comparator.comparingLong(ChildRow::late));

    private final AggregationApi aggregation;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final CampaignPeriod periods;

    public ProgressBoard(@RestClient AggregationApi aggregation, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, CampaignPeriod periods) {
        this.aggregation = aggregation;
        this.sessions = sessions;
        this.organization = organization;
        this.periods = periods;
    }

    /** The whole page: campaign, roll-up, children and breadcrumb. */
    public Board at(String campaignCode, String unitCode, Sorting sorting) {
        Campaign campaign = sessions.campaign(campaignCode);
        Progress progress = aggregation.progress(campaignCode, unitCode);
        return assemble(campaign, progress, sorting, false);
    }

    /** The page of a closed campaign as it stood at its close. */
    public Board frozenAt(String campaignCode, String unitCode, Sorting sorting) {
        Campaign campaign = sessions.campaign(campaignCode);
        Progress progress = aggregation.frozen(campaignCode, unitCode);
        return assemble(campaign, progress, sorting, true);
    }

    /** The live part of the page (tiles and table) for a roll-up the stream just brought. */
    public Board refreshed(Campaign campaign, Progress progress, Sorting sorting) {
        Children children = children(campaign.code(), progress.unitCode(), sorting, false);
        return new Board(campaign, progress, children.rows, children.total, List.of(), sorting, false,
                periods.name(campaign));
    }

    private Board assemble(Campaign campaign, Progress progress, Sorting sorting, boolean frozen) {
        Children children = children(campaign.code(), progress.unitCode(), sorting, frozen);
        return new Board(campaign, progress, children.rows, children.total,
                trail(campaign, progress.unitCode()), sorting, frozen, periods.name(campaign));
    }

    private record Children(List<ChildRow> rows, long total) {
    }

    private Children children(String campaignCode, String unitCode, Sorting sorting,
            boolean frozen) {
        Page<Progress> found = Page.all(page -> frozen
                ? aggregation.frozenChildren(campaignCode, unitCode, page, Page.MAX_SIZE)
                : aggregation.children(campaignCode, unitCode, page, Page.MAX_SIZE), MAX_CHILDREN);
        List<ChildRow> rows = found.items().stream().map(ChildRow::of).toList();
        return new Children(sorting.apply(rows, COLUMNS, Comparator.comparing(ChildRow::code)), found.total());
    }

    /** The units from the campaign's issuing unit down to the unit's parent that the user may see. */
    private List<Crumb> trail(Campaign campaign, String unitCode) {
        Unit unit = organization.unit(unitCode);
        List<String> above = unit.ancestorCodes();
        int from = above.indexOf(campaign.issuingUnitCode());
        if (from < 0) {
            return List.of();
        }
        List<Crumb> trail = new ArrayList<>();
        for (String code : above.subList(from, above.size())) {
            try {
                trail.add(new Crumb(code, organization.unit(code).name()));
            } catch (WebApplicationException notInScope) {
                // a unit above the user's own scope: the trail starts below it
            }
        }
        return trail;
    }
}
