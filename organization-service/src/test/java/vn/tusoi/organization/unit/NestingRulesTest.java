package vn.tusoi.organization.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Where each kind of unit may sit, from the Central Committee down to the cells. */
class NestingRulesTest {

    @Test
    void eachKindSitsUnderItsAllowedParentsOnly() {
        assertNull(NestingRules.placementProblem(UnitKind.DISTRICT, unit("HT", UnitKind.PROVINCE)));
        assertNull(NestingRules.placementProblem(UnitKind.CELL, unit("HT-DT.X", UnitKind.GRASSROOTS_COMMITTEE)));
        assertNull(NestingRules.placementProblem(UnitKind.CELL, unit("HT-DT.X.B", UnitKind.PARTIAL_COMMITTEE)));
        // since the 2025 reform a grassroots committee may sit right under the province
        assertNull(NestingRules.placementProblem(UnitKind.GRASSROOTS_COMMITTEE, unit("HT", UnitKind.PROVINCE)));

        assertEquals("a CELL cannot sit under a DISTRICT (allowed: [GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE])",
                NestingRules.placementProblem(UnitKind.CELL, unit("HT-DT", UnitKind.DISTRICT)));
        assertEquals("a CENTRAL is a root and has no parent",
                NestingRules.placementProblem(UnitKind.CENTRAL, unit("HT", UnitKind.PROVINCE)));
    }

    @Test
    void onlyTheCentralCommitteeOrAProvinceMayBeARoot() {
        assertNull(NestingRules.placementProblem(UnitKind.CENTRAL, null));
        assertNull(NestingRules.placementProblem(UnitKind.PROVINCE, null));
        assertEquals("a DISTRICT must sit under one of [PROVINCE]",
                NestingRules.placementProblem(UnitKind.DISTRICT, null));
    }

    @Test
    void nothingSitsUnderADissolvedUnit() {
        OrgUnit dissolved = unit("HT-DT", UnitKind.DISTRICT);
        dissolved.validTo = LocalDate.of(2025, 7, 1);

        assertEquals("parent HT-DT was dissolved on 2025-07-01",
                NestingRules.placementProblem(UnitKind.GRASSROOTS_COMMITTEE, dissolved));
    }

    @Test
    void codesAndKindsAreReadStrictly() {
        assertTrue(NestingRules.CODE.matcher("HT-DT.X_1").matches());
        assertFalse(NestingRules.CODE.matcher("-HT").matches());
        assertFalse(NestingRules.CODE.matcher("Đức Thọ").matches());
        assertFalse(NestingRules.CODE.matcher("A".repeat(65)).matches());
        assertEquals(UnitKind.CELL, NestingRules.parseKind("CELL"));
        assertNull(NestingRules.parseKind("cell"));
        assertFalse(UnitKind.CELL.mayHaveSubUnits());
        assertTrue(UnitKind.PARTIAL_COMMITTEE.mayHaveSubUnits());
    }

    @Test
    void aNewUnitsFieldsAreCheckedInOrderWithTheRuleTheyBreak() {
        assertNull(NestingRules.fieldProblem("HT-DT", "Đảng bộ huyện Đức Thọ", "DISTRICT", "HT"));
        assertEquals(new NestingRules.FieldProblem("code", "unit-code-invalid",
                "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
                NestingRules.fieldProblem("Đức Thọ", "", "nope", "HT"));
        assertEquals("name", NestingRules.fieldProblem("HT-DT", " ", "DISTRICT", "HT").field());
        assertEquals("unit-name-invalid",
                NestingRules.fieldProblem("HT-DT", "Đ".repeat(NestingRules.MAX_NAME + 1), "DISTRICT", "HT").rule());
        assertEquals("unit-kind-unknown", NestingRules.fieldProblem("HT-DT", "Đức Thọ", "district", "HT").rule());
        assertEquals(new NestingRules.FieldProblem("parentCode", "unit-code-invalid", "not a valid unit code"),
                NestingRules.fieldProblem("HT-DT", "Đức Thọ", "DISTRICT", "H T"));
        assertNull(NestingRules.fieldProblem("HT", "Tỉnh Hà Tĩnh", "PROVINCE", null));
    }

    private static OrgUnit unit(String code, UnitKind kind) {
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.kind = kind;
        return unit;
    }
}
