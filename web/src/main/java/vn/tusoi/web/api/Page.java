package vn.tusoi.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** One page of a list as every service answers it. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The services' largest page. */
    public static final int MAX_SIZE = 500;

    /** The most a page lists of a list read whole (a unit's open shortcomings): four of the largest pages. */
    public static final int MAX_LISTED = 4 * MAX_SIZE;

    /**
     * The whole list, read page after page of the largest size until the last or until {@code max} items; the total
     * as the service counts it, which may be more than the items read.
     */
    public static <T> Page<T> all(IntFunction<Page<T>> fetch, int max) {
        List<T> items = new ArrayList<>();
        long total = 0;
        for (int page = 0; items.size() < max; page++) {
            Page<T> found = fetch.apply(page);
            items.addAll(found.items());
            total = found.total();
            if (found.items().size() < MAX_SIZE) {
                break;
            }
        }
        return new Page<>(items, 0, items.size(), total);
    }
}
