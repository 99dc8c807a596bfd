package vn.tusoi.organization.importing;

/**
 * A refused row of an {@link ImportPlan}: its position in the batch, its code, the field at fault, why, and the kind
 * of reason.
 */
public record ImportRefusal(int index, String code, String field, String message, Reason reason) {

    /** Why a row is refused; the stream import holds back, and retries, the rows that wait for their parent. */
    public enum Reason {
        FIELD, DUPLICATE, CYCLE, PARENT_UNKNOWN, PARENT_REFUSED, NESTING, DISSOLVED, PARENT_CHANGED, KIND_HAS_SUB_UNITS;

        /** Refused only because the parent is not known yet, itself or through a parent in the same batch. */
        public boolean waitsForParent() {
            return this == PARENT_UNKNOWN || this == PARENT_REFUSED;
        }
    }

    ImportReport.RowError asRowError() {
        return new ImportReport.RowError(index, code, field, message);
    }
}
