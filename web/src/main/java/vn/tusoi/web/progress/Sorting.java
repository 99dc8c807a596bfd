package vn.tusoi.web.progress;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a table is sorted: a column key and a direction, written {@code percent} (ascending) or {@code -percent}
 * (descending) in the page's address, so that sorting works as a link, without a script.
 */
public record Sorting(String key, boolean descending) {

    /** The key and direction asked for when it names one of these columns; otherwise the default. */
    public static Sorting parse(String value, Sorting fallback, List<String> keys) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return keys.contains(key) ? new Sorting(key, descending) : fallback;
    }

    /** Sorts rows by this key's comparator among {@code columns}, nulls last, then by the tie-breaker. */
    public <T> List<T> apply(List<T> rows, Map<String, Comparator<T>> columns, Comparator<T> tieBreaker) {
        Comparator<T> order = columns.get(key);
        if (descending) {
            order = order.reversed();
        }
        return rows.stream().sorted(order.thenComparing(tieBreaker)).toList();
    }

    /** The link's value for a column: this column the other way round when it is the current one, else ascending. */
    public String toggle(String column) {
        return column.equals(key) && !descending ? "-" + column : column;
    }

    /** {@code aria-sort} for a column header. */
    public String ariaSort(String column) {
        if (!column.equals(key)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    public String value() {
        return descending ? "-" + key : key;
    }

    static <T, U extends Comparable<? super U>> Comparator<T> nullsLast(Function<T, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
