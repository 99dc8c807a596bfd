package vn.tusoi.web.api;

import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

/** Reading a record that may not exist yet (a unit's first targets, a member's first self-review). */
public final class Lookups {

    private Lookups() {
    }

    /** The record, or null when the service answers 404; any other refusal stands. */
    public static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }
}
