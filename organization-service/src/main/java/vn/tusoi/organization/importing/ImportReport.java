package vn.tusoi.organization.importing;

import java.util.List;

/**
 * What a bulk import did (or, with {@code dryRun} or a refused atomic batch, would have done).
 *
 * @param applied whether the changes were saved
 */
public record ImportReport(int created, int updated, int unchanged, List<RowError> errors, boolean dryRun,
        boolean applied) {

    /** How many rows had each outcome, as the import counter records them. */
    public java.util.Map<String, Integer> outcomes() {
        return java.util.Map.of("created", created, "updated", updated, "unchanged", unchanged, "refused",
                errors.size());
    }

    /** A refused row: its position in the batch, its code, the field at fault and why. */
    public record RowError(int index, String code, String field, String message) {
    }
}
