package vn.tusoi.web.api;

import java.util.List;

/** One page of a list as every service answers it. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The services' largest page. */
    public static final int MAX_SIZE = 500;
}
