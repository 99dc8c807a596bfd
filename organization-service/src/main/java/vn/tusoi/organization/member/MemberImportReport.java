package vn.tusoi.organization.member;

import java.util.List;

import vn.tusoi.organization.importing.ImportReport;

/**
 * What a member import did or, with dryRun, would do: counts, and the registry numbers behind them (the first
 * {@value #LISTED} of each). {@code missing} are members of the scope unit's subtree absent from the file.
 */
public record MemberImportReport(int created, int updated, int moved, int unchanged, Long missingCount,
        List<String> createdRegistryNos, List<String> updatedRegistryNos, List<Move> moves, List<String> missing,
        List<ImportReport.RowError> errors, boolean dryRun, boolean applied) {

    public static final int LISTED = 1000;

    /** How many rows had each outcome, as the import counter records them. */
    public java.util.Map<String, Integer> outcomes() {
        return java.util.Map.of("created", created, "updated", updated, "moved", moved, "unchanged", unchanged,
                "refused", errors.size());
    }

    public MemberImportReport withErrors(List<ImportReport.RowError> rewritten) {
        return new MemberImportReport(created, updated, moved, unchanged, missingCount, createdRegistryNos,
                updatedRegistryNos, moves, missing, rewritten, dryRun, applied);
    }

    public record Move(String registryNo, String fromUnitCode, String toUnitCode) {
    }
}
