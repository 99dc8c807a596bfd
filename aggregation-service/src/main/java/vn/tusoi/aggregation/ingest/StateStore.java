package vn.tusoi.aggregation.ingest;

import java.util.Collection;

/** Where the kinds keep the latest states: the service's database, or a map in a unit test. */
interface StateStore {

    /** The stored state with this key, or null. */
    <S> S find(Class<S> type, Object key);

    /** Stores a state first seen, under its key. */
    void persist(Object key, Object state);

    /**
     * Looks up the states with these keys at once, a slice at a time, so that {@link #find} answers each of them
     * from memory, those not stored included.
     */
    void load(Class<?> type, Collection<?> keys);
}
