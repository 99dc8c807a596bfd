package vn.tusoi.session.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.session.events.UnitChanged;
import vn.tusoi.testsupport.StackTestResource;

/**
 * The local copy of the hierarchy follows a batch of unit events read at once: in the batch's order, a unit's later
 * versions over its earlier ones (also within one batch), older versions ignored, and a batch applied twice changes
 * nothing.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class UnitDirectoryTest {

    @Inject
    UnitDirectory directory;

    @Inject
    KnownUnitRepository units;

    @Test
    void aBatchIsAppliedInOrderAndOnlyOnce() {
        List<UnitChanged> batch = List.of(
                new UnitChanged("UD", "PROVINCE", null, List.of(), null, 1),
                new UnitChanged("UD.A", "DISTRICT", "UD", List.of("UD"), null, 1),
                new UnitChanged("UD.B", "DISTRICT", "UD", List.of("UD"), null, 1),
                new UnitChanged("UD.A.1", "CELL", "UD.A", List.of("UD", "UD.A"), null, 1),
                // the cell moves within the batch, then an older version of it arrives late
                new UnitChanged("UD.A.1", "CELL", "UD.B", List.of("UD", "UD.B"), null, 2),
                new UnitChanged("UD.A.1", "CELL", "UD.A", List.of("UD", "UD.A"), null, 1));
        assertEquals(5, directory.apply(batch));
        KnownUnit cell = stored("UD.A.1");
        assertEquals("UD.B", cell.parentCode);
        assertEquals("/UD/UD.B/", cell.ancestors);
        assertEquals(2, cell.version);
        assertEquals("/", stored("UD").ancestors);

        assertEquals(0, directory.apply(batch));
        assertEquals(2, stored("UD.A.1").version);

        assertEquals(1, directory.apply(List.of(
                new UnitChanged("UD.B", "DISTRICT", "UD", List.of("UD"), LocalDate.of(2025, 7, 1), 2),
                new UnitChanged("UD.A.1", "CELL", "UD.A", List.of("UD", "UD.A"), null, 2))));
        assertEquals(LocalDate.of(2025, 7, 1), stored("UD.B").validTo);
        assertEquals("UD.B", stored("UD.A.1").parentCode);
        assertNull(stored("UD.A").validTo);
        assertEquals(Set.of("UD", "UD.A.1"), directory.known(List.of("UD", "UD.A.1", "UD.NONE")));
    }

    @Transactional
    KnownUnit stored(String code) {
        return units.findById(code);
    }
}
