package vn.tusoi.aggregation.ingest;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

/**
 * The latest states in the service's database, through the batch's persistence context. A key {@link #load} looked
 * up and did not find is remembered for the transaction, so that its {@link #find} asks the database nothing (most
 * events of a burst are of entities seen for the first time).
 */
@Singleton
class DatabaseStates implements StateStore {

    private static final int SLICE = 1_000;
    private static final Object ABSENT = DatabaseStates.class.getName() + ".absent";

    private record Id(Class<?> type, Object key) {
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;

    DatabaseStates(EntityManager em, TransactionSynchronizationRegistry transaction) {
        this.em = em;
        this.transaction = transaction;
    }

    @Override
    public <S> S find(Class<S> type, Object key) {
        return absent().contains(new Id(type, key)) ? null : em.find(type, key);
    }

    @Override
    public void persist(Object key, Object state) {
        absent().remove(new Id(state.getClass(), key));
        em.persist(state);
    }

    @Override
    public void load(Class<?> type, Collection<?> keys) {
        List<?> all = keys.stream().distinct().toList();
        Set<Id> absent = absent();
        for (int from = 0; from < all.size(); from += SLICE) {
            List<?> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            // in the keys' order, null where none is stored; the persistence context first (what this batch stored)
            List<?> found = em.unwrap(Session.class).findMultiple(type, slice, SessionCheckMode.ENABLED);
            for (int i = 0; i < slice.size(); i++) {
                if (found.get(i) == null) {
                    absent.add(new Id(type, slice.get(i)));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Set<Id> absent() {
        Set<Id> absent = (Set<Id>) transaction.getResource(ABSENT);
        if (absent == null) {
            absent = new HashSet<>();
            transaction.putResource(ABSENT, absent);
        }
        return absent;
    }
}
