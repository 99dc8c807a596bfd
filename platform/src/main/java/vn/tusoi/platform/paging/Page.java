package vn.tusoi.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the list's total: {@code {"items": [...], "page", "size", "total"}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(PageRequest request, List<T> items, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The same page with each item mapped (a domain result to its view). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
