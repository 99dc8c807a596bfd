package vn.tusoi.aggregation.ingest;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** The latest states in the service's database, through the batch's persistence context. */
@Singleton
class DatabaseStates implements StateStore {

    private static final int SLICE = 1_000;

    private final EntityManager em;

    DatabaseStates(EntityManager em) {
        this.em = em;
    }

    @Override
    public <S> S find(Class<S> type, Object key) {
        return em.find(type, key);
    }

    @Override
    public void persist(Object key, Object state) {
        em.persist(state);
    }

    @Override
    public void load(Class<?> type, String where, Collection<?> ids, Object... others) {
        List<?> all = ids.stream().distinct().toList();
        String query = "SELECT s FROM " + type.getSimpleName() + " s WHERE " + where;
        for (int from = 0; from < all.size(); from += SLICE) {
            var loading = em.createQuery(query).setParameter(1, all.subList(from, Math.min(all.size(),
                    from + SLICE)));
            for (int i = 0; i < others.length; i++) {
                loading.setParameter(i + 2, others[i]);
            }
            loading.getResultList();
        }
    }
}
