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

    /** The events' data, by kind, in the order given. */
    public static EventBatch of(List<ReadEvent> events) {
        EventBatch batch = new EventBatch();
        for (ReadEvent event : events) {
            Object data = event.data();
            if (data instanceof UnitChanged unit) {
                batch.units.add(unit);
            } else if (data instanceof CampaignChanged campaign) {
                batch.campaigns.add(campaign);
            } else if (data instanceof SessionChanged session) {
                batch.sessions.add(session);
            } else if (data instanceof SelfReviewChanged review) {
                batch.selfReviews.add(review);
            } else if (data instanceof ShortcomingChanged shortcoming) {
                batch.shortcomings.add(shortcoming);
            } else if (data instanceof IndicatorsChanged indicators) {
                batch.indicators.add(indicators);
            } else if (data instanceof ClassificationChanged classification) {
                batch.classifications.add(classification);
            } else if (data instanceof ActionChanged action) {
                batch.actions.add(action);
            } else if (data instanceof FrozenRollup frozenRollup) {
                batch.frozen.add(frozenRollup);
            } else {
                throw new IllegalArgumentException("not an event the roll-ups read: " + data);
            }
        }
        return batch;
    }

    public int size() {
        return units.size() + campaigns.size() + sessions.size() + selfReviews.size() + shortcomings.size()
                + indicators.size() + classifications.size() + actions.size() + frozen.size();
    }
}
