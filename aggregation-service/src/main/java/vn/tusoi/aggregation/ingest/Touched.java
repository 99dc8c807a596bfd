package vn.tusoi.aggregation.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the events of one batch changed, as the kinds note it: the roll-up engine recomputes from this. */
public final class Touched {

    /** A campaign's contribution from one unit. */
    public record Pair(String campaignCode, String unitCode) {
    }

    private final Set<Pair> contributions = new LinkedHashSet<>();
    private final Set<String> units = new LinkedHashSet<>();
    private final Map<String, String> campaigns = new LinkedHashMap<>();
    private final List<String> closed = new ArrayList<>();
    private boolean treeChanged;

    /** The unit's contribution to the campaign. */
    public void contribution(String campaignCode, String unitCode) {
        contributions.add(new Pair(campaignCode, unitCode));
    }

    /** Every contribution of the unit: to the campaigns it feeds, and to those issued at or above it. */
    public void unit(String unitCode) {
        units.add(unitCode);
    }

    /** Every contribution to the campaign: from each unit under its issuing unit, and from each it counted. */
    public void campaign(String campaignCode, String issuingUnitCode) {
        campaigns.put(campaignCode, issuingUnitCode);
    }

    /** Where a unit sits or what a campaign covers changed: every roll-up read before may be out of date. */
    public void tree() {
        treeChanged = true;
    }

    /** The campaign was open and is closed now: its roll-ups are to be frozen once the batch is applied. */
    public void closed(String campaignCode) {
        closed.add(campaignCode);
    }

    /** Adds what another batch touched (a rebuild's first pass gathers its batches' before it counts). */
    public void addAll(Touched other) {
        contributions.addAll(other.contributions);
        units.addAll(other.units);
        campaigns.putAll(other.campaigns);
        closed.addAll(other.closed);
        treeChanged |= other.treeChanged;
    }

    public Set<Pair> contributions() {
        return Collections.unmodifiableSet(contributions);
    }

    public Set<String> units() {
        return Collections.unmodifiableSet(units);
    }

    /** Campaign code to issuing unit. */
    public Map<String, String> campaigns() {
        return Collections.unmodifiableMap(campaigns);
    }

    public List<String> closed() {
        return Collections.unmodifiableList(closed);
    }

    public boolean treeChanged() {
        return treeChanged;
    }
}
