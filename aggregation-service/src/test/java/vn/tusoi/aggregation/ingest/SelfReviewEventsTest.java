package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.SelfReviewChanged;

class SelfReviewEventsTest {

    private final InMemoryStates states = new InMemoryStates();
    private final SelfReviewEvents reviews = new SelfReviewEvents(states);

    @Test
    void aMemberWhoMovedTouchesTheUnitLeftAndTheUnitJoined() {
        reviews.apply(List.of(review("HT-DT.C1", 1)), new Touched());
        Touched touched = new Touched();
        reviews.apply(List.of(review("HT-DT.C2", 2), review("HT-DT.C1", 1)), touched);

        assertEquals("HT-DT.C2", states.find(SelfReviewState.class,
                new SelfReviewState.Key("87-KH/HU", "HT-0042")).unitCode);
        assertEquals(Set.of(new Touched.Pair("87-KH/HU", "HT-DT.C2"), new Touched.Pair("87-KH/HU", "HT-DT.C1")),
                touched.contributions());
        assertEquals(1, states.persisted);
    }

    @Test
    void aRepeatedReviewTouchesNothing() {
        reviews.apply(List.of(review("HT-DT.C1", 1)), new Touched());
        Touched touched = new Touched();
        reviews.apply(List.of(review("HT-DT.C1", 1)), touched);

        assertTrue(touched.contributions().isEmpty());
    }

    private static SelfReviewChanged review(String unit, long version) {
        return new SelfReviewChanged("87-KH/HU", "HT-0042", unit, "WRITTEN", null, version);
    }
}
