package vn.tusoi.aggregation.maintenance;

import java.util.ArrayList;
import java.util.List;

import vn.tusoi.aggregation.maintenance.ReconciliationReport.Drift;
import vn.tusoi.aggregation.rollup.Contribution;

/** Counters and contributions compared, those that differ, and the first of them. */
final class RecountComparison {
    long units;
    long counters;
    long drifted;
    final List<Drift> listed = new ArrayList<>();
    long contributions;
    long contributionsDrifted;
    final List<String> contributionDrift = new ArrayList<>();

    /** The stored contribution is what the rule gives on the stored states (none stored: it counts nothing). */
    void compare(Contribution.Key key, Contribution stored, Contribution now) {
        contributions++;
        boolean[] counts = {false};
        now.forEachCount((unit, amounts) -> counts[0] = true);
        if (stored == null ? counts[0] : !now.sameCountsAs(stored)) {
            contributionsDrifted++;
            if (contributionDrift.size() < ReconciliationReport.MAX_LISTED) {
                contributionDrift.add(key.unitCode());
            }
        }
    }

    void compare(String unit, String counter, long stored, long recounted) {
        counters++;
        if (stored != recounted) {
            drifted++;
            if (listed.size() < ReconciliationReport.MAX_LISTED) {
                listed.add(new Drift(unit, counter, stored, recounted));
            }
        }
    }
}
