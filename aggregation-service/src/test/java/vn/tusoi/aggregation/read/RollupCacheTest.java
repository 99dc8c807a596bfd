package vn.tusoi.aggregation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.aggregation.rollup.UnitRollup;

/** A late copy of a roll-up never replaces a state the cache already holds, whoever reads it next. */
class RollupCacheTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-03T08:00:00.000100Z");

    @Test
    void itsHitsAndMissesAreInTheMetrics() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RollupCache cache = new RollupCache(() -> Duration.ofSeconds(60), registry);
        assertEquals(null, cache.get("1-KH/M1", "M1"));
        cache.put(rollup(2, 1, T), List.of("M1"), cache.generation());
        cache.get("1-KH/M1", "M1");
        cache.get("1-KH/M1", "M1");
        assertEquals(2, registry.get("cache.gets").tag("cache", "rollups").tag("result", "hit").functionCounter()
                .count());
        assertEquals(1, registry.get("cache.gets").tag("cache", "rollups").tag("result", "miss").functionCounter()
                .count());
    }

    @Test
    void aLateCopyOfAnEarlierOrUndatedStateLeavesTheNewerOne() {
        RollupCache cache = new RollupCache(() -> Duration.ofSeconds(60), new SimpleMeterRegistry());
        cache.put(rollup(2, 1, T), List.of("M1"), cache.generation());
        // the earlier state, written within the same millisecond, arrives late on the rollup topic
        cache.refresh(rollup(0, 0, T.minusNanos(50_000)));
        assertEquals(2, cache.get("1-KH/M1", "M1").rollup().direct().expected());
        // a copy of the same state, and one that cannot say when it was written
        cache.refresh(rollup(0, 0, T));
        cache.refresh(rollup(0, 0, null));
        assertEquals(2, cache.get("1-KH/M1", "M1").rollup().direct().expected());
        // a newer one does replace it
        cache.refresh(rollup(3, 2, T.plusNanos(1_000)));
        assertEquals(3, cache.get("1-KH/M1", "M1").rollup().direct().expected());
    }

    @Test
    void newerIsStrict() {
        assertTrue(RollupCache.newer(rollup(1, 0, T.plusNanos(1_000)), rollup(1, 0, T)));
        assertFalse(RollupCache.newer(rollup(1, 0, T), rollup(1, 0, T)));
        assertFalse(RollupCache.newer(rollup(1, 0, null), rollup(1, 0, T)));
        assertTrue(RollupCache.newer(rollup(1, 0, T), rollup(1, 0, null)));
    }

    private static UnitRollup rollup(long expected, long held, OffsetDateTime asOf) {
        return new UnitRollup("1-KH/M1", "M1", "Tỉnh", new RollupChanged.Count(held, expected), Map.of(), 0, 0,
                new RollupChanged.Members(0, 0, Map.of()), null, null, null, Map.of(), asOf, null);
    }
}
