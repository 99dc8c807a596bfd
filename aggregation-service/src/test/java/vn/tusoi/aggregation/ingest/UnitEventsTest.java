package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.UnitChanged;

class UnitEventsTest {

    private final InMemoryStates states = new InMemoryStates();
    private final UnitEvents units = new UnitEvents(states);

    @Test
    void aNewerUnitIsStoredAndTouchesItsEveryCampaignAndTheTree() {
        Touched touched = new Touched();
        units.apply(List.of(unit("HT.DT.C1", "HT.DT", 1), unit("HT.DT.C1", "HT.KA", 2)), touched);

        UnitNode stored = states.find(UnitNode.class, "HT.DT.C1");
        assertEquals(List.of("HT", "HT.KA"), stored.ancestors);
        assertEquals("HT.KA", stored.parentCode);
        assertEquals(2, stored.version);
        assertEquals(List.of(), stored.predecessors);
        assertEquals(1, states.persisted);
        assertEquals(Set.of("HT.DT.C1"), touched.units());
        assertTrue(touched.treeChanged());
    }

    @Test
    void anOlderOrRepeatedVersionChangesNothingAndTouchesNothing() {
        units.apply(List.of(unit("HT.DT.C1", "HT.KA", 3)), new Touched());
        Touched touched = new Touched();
        units.apply(List.of(unit("HT.DT.C1", "HT.DT", 2), unit("HT.DT.C1", "HT.DT", 3)), touched);

        assertEquals("HT.KA", states.find(UnitNode.class, "HT.DT.C1").parentCode);
        assertTrue(touched.units().isEmpty());
        assertFalse(touched.treeChanged());
    }

    private static UnitChanged unit(String code, String parent, long version) {
        return new UnitChanged(code, "Chi bộ 1", "CELL", parent, List.of("HT", parent), 12, null, null, null, false,
                version);
    }
}
