package vn.tusoi.organization.member;

import java.util.Map;
import java.util.regex.Pattern;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;

/** What a member's row from the registry must be, and where a member may belong: pure rules. */
public final class MemberRows {

    static final Pattern REGISTRY_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,31}");

    private MemberRows() {
    }

    /** The first field of row i at fault, or null; {@code cells} holds the units the rows name that exist. */
    static RowError check(int i, MemberImportRow row, Map<String, OrgUnit> cells) {
        if (row == null) {
            return new RowError(i, null, "row", "must be an object");
        }
        if (row.registryNo() == null || !REGISTRY_NO.matcher(row.registryNo()).matches()) {
            return new RowError(i, row.registryNo(), "registryNo", "1-32 letters, digits, '.' or '-'");
        }
        if (row.fullName() == null || row.fullName().isBlank() || row.fullName().length() > 255) {
            return new RowError(i, row.registryNo(), "fullName", "must be non-blank and at most 255 characters");
        }
        if (row.role() != null && row.role().length() > 64) {
            return new RowError(i, row.registryNo(), "role", "at most 64 characters");
        }
        if (row.status() != null && !row.status().equals("ACTIVE") && !row.status().equals("INACTIVE")) {
            return new RowError(i, row.registryNo(), "status", "ACTIVE or INACTIVE");
        }
        OrgUnit cell = row.unitCode() == null ? null : cells.get(row.unitCode());
        if (cell == null) {
            return new RowError(i, row.registryNo(), "unitCode", "unknown unit " + row.unitCode());
        }
        String problem = cellProblem(cell);
        return problem == null ? null : new RowError(i, row.registryNo(), "unitCode", problem);
    }

    /** Why a member cannot belong to this unit (dissolved, or not a cell), or null if they can. */
    static String cellProblem(OrgUnit unit) {
        if (unit.validTo != null) {
            return "unit " + unit.code + " was dissolved on " + unit.validTo;
        }
        if (unit.kind != UnitKind.CELL && unit.kind != UnitKind.GRASSROOTS_CELL) {
            return "members belong to a cell; " + unit.code + " is a " + unit.kind;
        }
        return null;
    }
}
