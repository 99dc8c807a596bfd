package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.ClassificationChanged;
import vn.tusoi.aggregation.events.IndicatorsChanged;

/** Indicators and grades count for every campaign of their year the unit feeds: they touch the unit. */
class IndicatorAndClassificationEventsTest {

    private final InMemoryStates states = new InMemoryStates();

    @Test
    void newerIndicatorsTouchTheUnitAndStaleOnesNothing() {
        IndicatorEvents indicators = new IndicatorEvents(states);
        Touched touched = new Touched();
        indicators.apply(List.of(new IndicatorsChanged("HT-DT.C1", "2025", 3, 5, 2)), touched);
        Touched stale = new Touched();
        indicators.apply(List.of(new IndicatorsChanged("HT-DT.C1", "2025", 1, 5, 1)), stale);

        IndicatorState stored = states.find(IndicatorState.class, new IndicatorState.Key("HT-DT.C1", "2025"));
        assertEquals(3, stored.met);
        assertEquals(Set.of("HT-DT.C1"), touched.units());
        assertTrue(stale.units().isEmpty());
    }

    @Test
    void aNewerClassificationTouchesTheUnitAndStaleOnesNothing() {
        ClassificationEvents classifications = new ClassificationEvents(states);
        Touched touched = new Touched();
        classifications.apply(List.of(new ClassificationChanged("HT-DT.C1", "2025", 2025, null, 1),
                new ClassificationChanged("HT-DT.C1", "2025", 2025, "GOOD", 2)), touched);
        Touched stale = new Touched();
        classifications.apply(List.of(new ClassificationChanged("HT-DT.C1", "2025", 2025, "EXCELLENT", 2)), stale);

        assertEquals("GOOD", states.find(ClassificationState.class,
                new ClassificationState.Key("HT-DT.C1", "2025")).decidedGrade);
        assertEquals(Set.of("HT-DT.C1"), touched.units());
        assertTrue(stale.units().isEmpty());
    }
}
