package vn.tusoi.aggregation.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The kinds' states in a map, for tests of one kind without a database. */
final class InMemoryStates implements StateStore {

    private record Id(Class<?> type, Object key) {
    }

    private final Map<Id, Object> states = new HashMap<>();
    int persisted;

    @Override
    public <S> S find(Class<S> type, Object key) {
        return type.cast(states.get(new Id(type, key)));
    }

    @Override
    public void persist(Object state) {
        states.put(new Id(state.getClass(), keyOf(state)), state);
        persisted++;
    }

    @Override
    public void load(Class<?> type, String where, Collection<?> ids, Object... others) {
        // everything is in memory already
    }

    private static Object keyOf(Object state) {
        if (state instanceof UnitNode unit) {
            return unit.code;
        } else if (state instanceof CampaignInfo campaign) {
            return campaign.code;
        } else if (state instanceof SessionState session) {
            return session.id;
        } else if (state instanceof ShortcomingState shortcoming) {
            return shortcoming.id;
        } else if (state instanceof ActionState action) {
            return action.id;
        } else if (state instanceof IndicatorState indicator) {
            return indicator.key;
        } else if (state instanceof ClassificationState classification) {
            return classification.key;
        } else if (state instanceof SelfReviewState review) {
            return review.key;
        }
        throw new IllegalArgumentException("not a state: " + state);
    }
}
