package vn.tusoi.organization.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.tusoi.organization.importing.ImportRefusal.Reason;
import vn.tusoi.organization.importing.ImportStep.Create;
import vn.tusoi.organization.importing.ImportStep.Update;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;

/** The import's decisions, row by row, without a database: the existing units are given. */
class ImportPlanTest {

    private final OrgUnit province = unit("HT", UnitKind.PROVINCE, null);
    private final OrgUnit district = unit("HT-DT", UnitKind.DISTRICT, province);

    @Test
    void parentsAreCreatedBeforeTheirChildrenWhateverTheOrderOfTheRows() {
        ImportPlan plan = plan(
                List.of(row("C1", "Chi bộ 1", "CELL", "X"), row("X", "Đảng bộ xã", "GRASSROOTS_COMMITTEE",
                        "HT-DT")),
                province, district);

        assertEquals(List.of("X", "C1"), plan.steps().stream().map(step -> ((Create) step).code()).toList());
        assertEquals(2, plan.created());
        assertEquals(List.of(), plan.refusals());
    }

    @Test
    void anExistingUnitIsChangedOrLeftAsItIs() {
        ImportPlan plan = plan(List.of(row("HT-DT", "Đảng bộ huyện Đức Thọ", "DISTRICT", "HT"),
                row("HT", "HT", "PROVINCE", null)), province, district);

        Update update = (Update) plan.steps().get(0);
        assertEquals("Đảng bộ huyện Đức Thọ", update.name());
        assertEquals(1, plan.updated());
        assertEquals(1, plan.unchanged());
    }

    @Test
    void eachRefusalCarriesItsReasonAndRowsUnderARefusedRowAreRefusedToo() {
        ImportPlan plan = plan(List.of(
                row("C1", "Chi bộ", "CELL", "NOWHERE"),
                row("X", "Xã", "GRASSROOTS_COMMITTEE", "HT-DT"),
                row("X", "Xã lần hai", "GRASSROOTS_COMMITTEE", "HT-DT"),
                row("HT-NX", "Huyện Nghi Xuân", "DISTRICT", "QB"),
                row("BAD", "", "CELL", "X"),
                row("UNDER-C1", "Chi bộ", "CELL", "C1"),
                row("A", "Vòng A", "GRASSROOTS_COMMITTEE", "B"),
                row("B", "Vòng B", "GRASSROOTS_COMMITTEE", "A"),
                row("P", "Tỉnh dưới huyện", "PROVINCE", "HT-DT")), province, district,
                unit("HT-NX", UnitKind.DISTRICT, province), unit("QB", UnitKind.PROVINCE, null));

        Map<String, Reason> reasons = plan.refusals().stream()
                .collect(Collectors.toMap(refusal -> refusal.index() + ":" + refusal.code(), ImportRefusal::reason));
        assertEquals(Map.of("0:C1", Reason.PARENT_UNKNOWN, "2:X", Reason.DUPLICATE, "3:HT-NX", Reason.PARENT_CHANGED,
                "4:BAD", Reason.FIELD, "5:UNDER-C1", Reason.PARENT_REFUSED, "6:A", Reason.CYCLE, "7:B",
                Reason.PARENT_REFUSED, "8:P", Reason.NESTING), reasons);
        assertTrue(Reason.PARENT_UNKNOWN.waitsForParent());
        assertTrue(Reason.PARENT_REFUSED.waitsForParent());
        assertFalse(Reason.NESTING.waitsForParent());
        assertEquals(List.of("X"), plan.steps().stream().map(step -> ((Create) step).code()).toList());
    }

    @Test
    void aDissolvedUnitIsNeitherChangedNorAParent() {
        OrgUnit dissolved = unit("HT-OLD", UnitKind.DISTRICT, province);
        dissolved.validTo = LocalDate.of(2025, 7, 1);

        ImportPlan changed = plan(List.of(row("HT-OLD", "Huyện cũ", "DISTRICT", "HT")), province, dissolved);
        ImportPlan under = plan(List.of(row("Y", "Xã", "GRASSROOTS_COMMITTEE", "HT-OLD")), province, dissolved);

        assertEquals(Reason.DISSOLVED, changed.refusals().get(0).reason());
        assertEquals(Reason.NESTING, under.refusals().get(0).reason());
        assertEquals("parent HT-OLD was dissolved on 2025-07-01", under.refusals().get(0).message());
    }

    @Test
    void aKindWithoutSubUnitsIsRefusedToAUnitThatHasSome() {
        ImportPlan withChildren = ImportPlan.of(List.of(row("HT-DT", "Đức Thọ", "GRASSROOTS_CELL", "HT")),
                lookup(province, district), unit -> true);
        ImportPlan without = ImportPlan.of(List.of(row("HT-DT", "Đức Thọ", "GRASSROOTS_CELL", "HT")),
                lookup(province, district), unit -> false);

        assertEquals(Reason.KIND_HAS_SUB_UNITS, withChildren.refusals().get(0).reason());
        assertEquals(1, without.updated());
    }

    @Test
    void theScopeIsDecidedByTheNearestExistingUnitUpTheBatch() {
        List<UnitImportRow> rows = List.of(row("C1", "Chi bộ", "CELL", "X"),
                row("X", "Xã", "GRASSROOTS_COMMITTEE", "HT-DT"), row("P2", "Tỉnh khác", "PROVINCE", null));
        ImportPlan plan = plan(rows, province, district);

        assertEquals(2, plan.firstOutsideScope(unit -> unit == district));
        assertEquals(0, plan.firstOutsideScope(unit -> false));
        assertEquals(2, plan.firstOutsideScope(unit -> true));
    }

    private static ImportPlan plan(List<UnitImportRow> rows, OrgUnit... existing) {
        return ImportPlan.of(rows, lookup(existing), unit -> false);
    }

    private static Function<Set<String>, Collection<OrgUnit>> lookup(OrgUnit... existing) {
        return codes -> Arrays.stream(existing).filter(unit -> codes.contains(unit.code)).toList();
    }

    private static UnitImportRow row(String code, String name, String kind, String parentCode) {
        return new UnitImportRow(code, name, kind, parentCode, null);
    }

    private static OrgUnit unit(String code, UnitKind kind, OrgUnit parent) {
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.name = code;
        unit.kind = kind;
        unit.placeUnder(parent);
        return unit;
    }
}
