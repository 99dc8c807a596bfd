package vn.tusoi.aggregation.rest;

import java.util.List;

/**
 * A campaign's roll-ups compared with a recount from the stored states: how many units and counters were compared,
 * how many counters differ, and the first of them.
 */
public record ReconciliationView(String campaignCode, long units, long counters, long drifted, List<Drift> drift,
        long millis) {

    /** At most this many differing counters are listed. */
    public static final int MAX_LISTED = 100;

    public record Drift(String unitCode, String counter, long stored, long recounted) {
    }
}
