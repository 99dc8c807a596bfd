package vn.tusoi.aggregation.rest;

import java.util.List;

/** A page of a list: {@code {"items": [...], "page", "size", "total"}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;
}
