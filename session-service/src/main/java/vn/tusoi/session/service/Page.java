package vn.tusoi.session.service;

import java.util.List;

import jakarta.persistence.TypedQuery;

/** One page of results and the total. */
public record Page<T>(List<T> items, long total) {

    /** Runs a query for one page and its count query for the total, both with the same positional parameters. */
    static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, int page, int size, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            items.setParameter(i + 1, parameters[i]);
            count.setParameter(i + 1, parameters[i]);
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult());
    }
}
