package vn.tusoi.session.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A page of a list: {@code {"items": [...], "page", "size", "total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public static <E, T> PageView<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> mapper) {
        return new PageView<>(query.page(page, size).list().stream().map(mapper).toList(), page, size,
                query.count());
    }
}
