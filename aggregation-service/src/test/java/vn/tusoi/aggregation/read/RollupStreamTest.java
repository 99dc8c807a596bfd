package vn.tusoi.aggregation.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;

import vn.tusoi.aggregation.rollup.UnitRollup;
import vn.tusoi.platform.rest.RuleViolation;

/** A stream holds a bounded number of changes for a slow reader, and a caller a bounded number of streams. */
class RollupStreamTest {

    private static final StreamConfig CONFIG = new StreamConfig() {
        @Override
        public int perCaller() {
            return 2;
        }

        @Override
        public int queue() {
            return 3;
        }
    };

    @Test
    void aReaderThatDoesNotKeepUpIsDroppedNotBufferedWithoutEnd() {
        RollupStream streams = new RollupStream(CONFIG);
        AssertSubscriber<UnitRollup> reader = streams.follow("C", "U", () -> rollup(0), "slow", null)
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        reader.assertItems(rollup(0));
        for (int i = 1; i <= 4; i++) {
            streams.publish(rollup(i));
        }
        // the three it held are its last: the fourth found the queue full and ended the stream
        reader.request(10);
        reader.assertFailedWith(BackPressureFailure.class, "the queue is full");
        assertEquals(4, reader.getItems().size());
        // its place is free again
        streams.follow("C", "U", () -> rollup(0), "slow", null).subscribe().withSubscriber(AssertSubscriber
                .create(1)).assertItems(rollup(0));
    }

    @Test
    void aCallerHoldsAtMostItsNumberOfStreams() {
        RollupStream streams = new RollupStream(CONFIG);
        AssertSubscriber<UnitRollup> first = streams.follow("C", "U", () -> rollup(0), "busy", null).subscribe()
                .withSubscriber(AssertSubscriber.create(1));
        streams.follow("C", "U", () -> rollup(0), "busy", null).subscribe().withSubscriber(AssertSubscriber
                .create(1));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> streams.follow("C", "U", () -> rollup(0), "busy", null));
        assertEquals(429, refused.status());
        first.cancel();
        streams.follow("C", "U", () -> rollup(0), "busy", null).subscribe().withSubscriber(AssertSubscriber
                .create(1)).assertItems(rollup(0));
    }

    private static UnitRollup rollup(int minute) {
        return new UnitRollup("C", "U", "Chi bộ", null, Map.of(), 0, 0, null, null, null, null, Map.of(),
                OffsetDateTime.parse("2026-12-03T08:00:00Z").plusMinutes(minute), null);
    }
}
