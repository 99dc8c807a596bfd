package vn.tusoi.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsAllowedThenTheAverageRateWithTheWaitTold() {
        TokenBucket bucket = new TokenBucket(2, 4, 0);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, bucket.take(0));
        }
        assertEquals(SECOND / 2, bucket.take(0));
        assertEquals(0, bucket.take(SECOND / 2));
        assertTrue(bucket.take(SECOND / 2) > 0);
        // never more than the burst however long it waited
        for (int i = 0; i < 4; i++) {
            assertEquals(0, bucket.take(100 * SECOND));
        }
        assertTrue(bucket.take(100 * SECOND) > 0);
    }

    @Test
    void aCallerGoneQuietIsIdle() {
        TokenBucket bucket = new TokenBucket(2, 4, 0);
        bucket.take(10 * SECOND);
        assertFalse(bucket.idleSince(5 * SECOND));
        assertTrue(bucket.idleSince(11 * SECOND));
    }
}
