package vn.tusoi.aggregation.ingest;

import java.util.Collection;

/** Where the kinds keep the latest states: the service's database, or a map in a unit test. */
interface StateStore {

    /** The stored state with this key, or null. */
    <S> S find(Class<S> type, Object key);

    /** Stores a state first seen, under its key. */
    void persist(Object key, Object state);

    /**
     * Loads the states {@code where} selects (a JPQL condition on {@code s}: the ids as parameter 1, then the
     * others) a slice of ids at a time, so that {@link #find} answers them from memory.
     */
    void load(Class<?> type, String where, Collection<?> ids, Object... others);
}
