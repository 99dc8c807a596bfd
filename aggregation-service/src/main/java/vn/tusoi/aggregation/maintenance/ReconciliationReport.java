package vn.tusoi.aggregation.maintenance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign's roll-ups compared three ways: every counter with a recount from the stored states; every stored
 * contribution with the rule applied to those states; and the stored states with the owning service's own records
 * (a record whose owner is at a newer version is in flight, not drift). {@code drifted} sums what differs.
 */
@Schema(name = "ReconciliationView")
public record ReconciliationReport(String campaignCode, long units, long counters, long drifted, long countersDrifted,
        List<Drift> drift, long contributions, long contributionsDrifted, List<String> contributionDrift,
        Records records, long millis) {

    /** At most this many differences of each kind are listed. */
    public static final int MAX_LISTED = 100;

    public record Drift(String unitCode, String counter, long stored, long recounted) {
    }

    /** The owners' records compared with the states the events carried. */
    public record Records(boolean checked, long compared, long inFlight, long drifted, List<RecordDrift> drift) {

        public static Records notChecked() {
            return new Records(false, 0, 0, 0, List.of());
        }
    }

    public record RecordDrift(String record, String id, String unitCode, String field, String owner, String stored) {
    }
}
