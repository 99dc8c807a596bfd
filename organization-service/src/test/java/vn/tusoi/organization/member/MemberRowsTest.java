package vn.tusoi.organization.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;

/** A registry row's fields, and where a member may belong. */
class MemberRowsTest {

    private final OrgUnit cell = unit("HT-DT.X.C1", UnitKind.CELL);
    private final OrgUnit commune = unit("HT-DT.X", UnitKind.GRASSROOTS_COMMITTEE);
    private final Map<String, OrgUnit> units = Map.of(cell.code, cell, commune.code, commune);

    @Test
    void aGoodRowPasses() {
        assertNull(MemberRows.check(0, row("HT.0001", "Nguyễn Thị Hằng", cell.code, "INACTIVE"), units));
        assertNull(MemberRows.check(0, row("HT.0001", "Nguyễn Thị Hằng", cell.code, null), units));
    }

    @Test
    void theFirstFieldAtFaultIsNamedWithTheRowAndItsRegistryNumber() {
        assertEquals(new RowError(3, null, "row", "must be an object"), MemberRows.check(3, null, units));
        assertEquals("registryNo", MemberRows.check(0, row("HT 0001", "Hằng", cell.code, null), units).field());
        assertEquals(new RowError(1, "HT.2", "fullName", "must be non-blank and at most 255 characters"),
                MemberRows.check(1, row("HT.2", "Ê".repeat(256), cell.code, null), units));
        assertEquals("status", MemberRows.check(0, row("HT.3", "Hằng", cell.code, "RETIRED"), units).field());
        assertEquals("unknown unit NOWHERE",
                MemberRows.check(0, row("HT.4", "Hằng", "NOWHERE", null), units).message());
    }

    @Test
    void membersBelongToACellThatStillExists() {
        assertEquals("members belong to a cell; HT-DT.X is a GRASSROOTS_COMMITTEE",
                MemberRows.check(0, row("HT.5", "Hằng", commune.code, null), units).message());
        assertNull(MemberRows.cellProblem(unit("HT-DT.Y", UnitKind.GRASSROOTS_CELL)));
        cell.validTo = LocalDate.of(2025, 7, 1);
        assertEquals("unit HT-DT.X.C1 was dissolved on 2025-07-01", MemberRows.cellProblem(cell));
    }

    private static MemberImportRow row(String registryNo, String name, String unitCode, String status) {
        return new MemberImportRow(registryNo, name, unitCode, null, status, null);
    }

    private static OrgUnit unit(String code, UnitKind kind) {
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.kind = kind;
        return unit;
    }
}
