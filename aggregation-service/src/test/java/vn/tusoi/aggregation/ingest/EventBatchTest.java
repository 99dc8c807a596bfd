package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.ActionChanged;
import vn.tusoi.aggregation.events.ShortcomingChanged;
import vn.tusoi.aggregation.events.UnitChanged;

class EventBatchTest {

    private final InMemoryStates states = new InMemoryStates();
    private final EventKinds kinds = new EventKinds(List.of(new ActionEvents(states), new UnitEvents(states),
            new ShortcomingEvents(states)));

    @Test
    void theKindsAreAppliedInTheirOrderWhateverTheArrival() {
        UUID shortcoming = UUID.randomUUID();
        EventBatch batch = EventBatch.of(List.of(
                read(new ActionChanged(UUID.randomUUID(), shortcoming, null, "DONE", null, false, 1)),
                read(new ShortcomingChanged(shortcoming, "87-KH/HU", "HT-DT.C1", "PARTY_BUILDING", "OPEN", null, 1))));
        Touched touched = new Touched();
        batch.apply(touched);

        // the action arrived first, yet found its shortcoming: shortcomings come before actions
        assertEquals(Set.of(new Touched.Pair("87-KH/HU", "HT-DT.C1")), touched.contributions());
        assertEquals(2, batch.size());
    }

    @Test
    void theKindsAreKnownByTypeAndTheirTopicsComeInTheirOrder() {
        assertEquals(List.of("org.units", "session.shortcomings", "session.actions"), kinds.topics());
        assertEquals(Optional.empty(), kinds.ofType("vn.tusoi.org.member.changed"));
        assertEquals(List.of("unit_node", "shortcoming_state", "action_state"), kinds.tables());
        assertEquals(UnitEvents.class, kinds.ofType(UnitChanged.TYPE).orElseThrow().getClass());
    }

    private ReadEvent read(Object data) {
        EventKind<?> kind = kinds.inOrder().stream().filter(k -> k.record().isInstance(data)).findFirst()
                .orElseThrow();
        return new ReadEvent(null, kind, data, null);
    }
}
