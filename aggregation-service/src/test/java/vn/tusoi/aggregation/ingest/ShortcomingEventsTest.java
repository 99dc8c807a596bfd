package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.ShortcomingChanged;

class ShortcomingEventsTest {

    private static final UUID ID = UUID.randomUUID();

    private final InMemoryStates states = new InMemoryStates();
    private final ShortcomingEvents shortcomings = new ShortcomingEvents(states);

    @Test
    void oneCarriedToAnotherUnitTouchesBothUnits() {
        shortcomings.apply(List.of(shortcoming("HT-DT.C1", "OPEN", 1)), new Touched());
        Touched touched = new Touched();
        shortcomings.apply(List.of(shortcoming("HT-DT.C2", "OPEN", 2)), touched);

        assertEquals("HT-DT.C2", states.find(ShortcomingState.class, ID).unitCode);
        assertEquals(Set.of(new Touched.Pair("87-KH/HU", "HT-DT.C2"), new Touched.Pair("87-KH/HU", "HT-DT.C1")),
                touched.contributions());
    }

    @Test
    void aStaleOneTouchesNothing() {
        shortcomings.apply(List.of(shortcoming("HT-DT.C1", "RESOLVED", 5)), new Touched());
        Touched touched = new Touched();
        shortcomings.apply(List.of(shortcoming("HT-DT.C1", "OPEN", 4)), touched);

        assertEquals("RESOLVED", states.find(ShortcomingState.class, ID).status);
        assertTrue(touched.contributions().isEmpty());
    }

    private static ShortcomingChanged shortcoming(String unit, String status, long version) {
        return new ShortcomingChanged(ID, "87-KH/HU", unit, "ECONOMY", status, null, version);
    }
}
