package vn.tusoi.organization.rest;

import java.util.List;
import java.util.function.Function;

import vn.tusoi.organization.service.UnitService.Page;

/** A page of a list: {@code {"items": [...], "page", "size", "total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
