package vn.tusoi.aggregation.rollup;

import java.util.Collection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A JPQL query over a list of values, written {@code IN :values}. Hibernate translates a query to SQL anew at every
 * execution where a parameter is bound to a list; a list of one value, the usual case of a live batch (one session at
 * one unit), is bound as that value ({@code = :values}), whose translation Hibernate keeps.
 */
final class ListQuery {

    private static final String IN = "IN :values";

    private ListQuery() {
    }

    static <T> TypedQuery<T> of(EntityManager em, String jpql, Class<T> type, Collection<?> values) {
        if (!jpql.contains(IN)) {
            throw new IllegalArgumentException("not a query over " + IN + ": " + jpql);
        }
        if (values.size() == 1) {
            return em.createQuery(jpql.replace(IN, "= :values"), type).setParameter("values",
                    values.iterator().next());
        }
        return em.createQuery(jpql, type).setParameter("values", values);
    }
}
