package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.SessionChanged;

class SessionEventsTest {

    private static final UUID ID = UUID.randomUUID();

    private final InMemoryStates states = new InMemoryStates();
    private final SessionEvents sessions = new SessionEvents(states);

    @Test
    void aNewerSessionTouchesItsUnitsContributionToItsCampaign() {
        Touched touched = new Touched();
        sessions.apply(List.of(session("DRAFT", 1), session("APPROVED", 3)), touched);

        SessionState stored = states.find(SessionState.class, ID);
        assertEquals("APPROVED", stored.status);
        assertEquals(18, stored.attendancePresent);
        assertEquals(Set.of(new Touched.Pair("87-KH/HU", "HT-DT.C1")), touched.contributions());
    }

    @Test
    void aStaleSessionTouchesNothing() {
        sessions.apply(List.of(session("APPROVED", 3)), new Touched());
        Touched touched = new Touched();
        sessions.apply(List.of(session("DRAFT", 2)), touched);

        assertEquals("APPROVED", states.find(SessionState.class, ID).status);
        assertTrue(touched.contributions().isEmpty());
    }

    private static SessionChanged session(String status, long version) {
        return new SessionChanged(ID, "87-KH/HU", "HT-DT.C1", status, LocalDate.of(2025, 1, 10), 20, 18, null, version);
    }
}
