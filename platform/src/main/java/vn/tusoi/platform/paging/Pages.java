package vn.tusoi.platform.paging;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page read from a query, with the total of all pages. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return Page.of(request, query.page(request.page(), request.size()).list(), query.count());
    }

    /** Runs a query for one page and its count query for the total, both with the same positional parameters. */
    public static <T> Page<T> of(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request,
            Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            items.setParameter(i + 1, parameters[i]);
            count.setParameter(i + 1, parameters[i]);
        }
        return Page.of(request, items.setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList(), count.getSingleResult());
    }
}
