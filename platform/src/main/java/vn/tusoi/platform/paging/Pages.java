package vn.tusoi.platform.paging;

import java.util.List;
import java.util.function.LongSupplier;

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

    /**
     * One page and the total of all pages from one statement: {@code rows} selects each item with
     * {@code count(*) over ()} beside it, which the database computes over every match before it cuts the page. A page
     * past the end has no row to carry the total; only then does {@code count} run.
     */
    public static <T> Page<T> withTotal(TypedQuery<Object[]> rows, Class<T> type, LongSupplier count,
            PageRequest request) {
        List<Object[]> page = rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        if (page.isEmpty()) {
            return Page.of(request, List.of(), request.offset() == 0 ? 0 : count.getAsLong());
        }
        return Page.of(request, page.stream().map(row -> type.cast(row[0])).toList(),
                ((Number) page.get(0)[1]).longValue());
    }
}
