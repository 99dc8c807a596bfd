package vn.tusoi.aggregation.event;

import java.util.ArrayList;
import java.util.List;

/** The events of one consumed batch, by kind, each list in arrival order. */
public record EventBatch(List<UnitChanged> units, List<CampaignChanged> campaigns, List<SessionChanged> sessions,
        List<SelfReviewChanged> selfReviews, List<ShortcomingChanged> shortcomings, List<IndicatorsChanged> indicators,
        List<ClassificationChanged> classifications, List<ActionChanged> actions, List<FrozenRollup> frozen) {

    public EventBatch() {
        this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    public int size() {
        return units.size() + campaigns.size() + sessions.size() + selfReviews.size() + shortcomings.size()
                + indicators.size() + classifications.size() + actions.size() + frozen.size();
    }
}
