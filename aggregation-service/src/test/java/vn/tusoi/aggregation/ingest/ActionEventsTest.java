package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.ActionChanged;
import vn.tusoi.aggregation.events.ShortcomingChanged;

class ActionEventsTest {

    private static final UUID SHORTCOMING = UUID.randomUUID();
    private static final UUID ACTION = UUID.randomUUID();

    private final InMemoryStates states = new InMemoryStates();
    private final ActionEvents actions = new ActionEvents(states);

    @Test
    void anActionBeforeItsShortcomingIsKeptAndTouchesNothing() {
        Touched touched = new Touched();
        actions.apply(List.of(action(true, 1)), touched);

        assertTrue(states.find(ActionState.class, ACTION).overdue);
        assertTrue(touched.contributions().isEmpty());
    }

    @Test
    void anActionTouchesItsShortcomingsUnitOnceThatIsKnown() {
        new ShortcomingEvents(states).apply(List.of(new ShortcomingChanged(SHORTCOMING, "87-KH/HU", "HT-DT.C1",
                "PARTY_BUILDING", "OPEN", null, 1)), new Touched());
        actions.apply(List.of(action(true, 1)), new Touched());
        Touched touched = new Touched();
        actions.apply(List.of(action(false, 1), action(false, 2)), touched);

        assertEquals(2, states.find(ActionState.class, ACTION).version);
        assertEquals(Set.of(new Touched.Pair("87-KH/HU", "HT-DT.C1")), touched.contributions());
    }

    private static ActionChanged action(boolean overdue, long version) {
        return new ActionChanged(ACTION, SHORTCOMING, "HT-DT.VKS", "IN_PROGRESS", null, overdue, version);
    }
}
