package vn.tusoi.platform.concurrency;

/**
 * A single record as the API returns it, with the version its row committed with. Its responses carry that version
 * as their {@code ETag}, and a write may send it back in {@code If-Match}.
 */
public interface Versioned {

    long version();
}
