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
    public void persist(Object key, Object state) {
        states.put(new Id(state.getClass(), key), state);
        persisted++;
    }

    @Override
    public void load(Class<?> type, Collection<?> keys) {
        // everything is in memory already
    }
}
