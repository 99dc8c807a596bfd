package vn.tusoi.aggregation.read;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import vn.tusoi.aggregation.rollup.RollupsChanged;
import vn.tusoi.aggregation.rollup.UnitRollup;

/**
 * The roll-ups read lately, with the ancestors their readers' scope is checked against, so that the dashboards'
 * polling of the same few units (the national root above all) is answered without the database. A batch committed
 * here replaces the entries of the roll-ups it changed with their new figures (and drops every entry when it changed
 * units or campaigns); one committed by another replica does the same when it arrives on the {@code rollup} topic
 * ({@link RollupFeed}), never replacing an entry with an older roll-up. An entry older than the time to live (the
 * bound on staleness should the topic be late, and on where a moved unit's readers may read it) is read again by one
 * reader while the others still get it. The entries are held by Caffeine, bounded at {@code MAX_ENTRIES} (the least
 * useful go first), with its hits, misses, size and evictions at /q/metrics ({@code cache_gets_total{cache="rollups"}}
 * and the others of Micrometer's Caffeine binder).
 */
@ApplicationScoped
public class RollupCache {

    static final int MAX_ENTRIES = 50_000;

    record Entry(UnitRollup rollup, List<String> ancestors, long loadedAt, AtomicBoolean reloading) {

        Entry(UnitRollup rollup, List<String> ancestors) {
            this(rollup, ancestors, System.nanoTime(), new AtomicBoolean());
        }
    }

    private record Key(String campaignCode, String unitCode) {
    }

    private final Cache<Key, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build();
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLive;

    public RollupCache(ReadCacheConfig config, MeterRegistry registry) {
        this.timeToLive = config.timeToLive().toNanos();
        CaffeineCacheMetrics.monitor(registry, entries, "rollups");
    }

    /** The entry, or null if there is none or it is due to be read again by this caller. */
    Entry get(String campaignCode, String unitCode) {
        Entry entry = entries.getIfPresent(new Key(campaignCode, unitCode));
        if (entry == null) {
            return null;
        }
        long age = System.nanoTime() - entry.loadedAt();
        // one reader reloads it; should that reader fail, another tries once the entry is well past its time
        boolean reload = age > timeToLive && entry.reloading().compareAndSet(false, true);
        return reload || age > 10 * timeToLive ? null : entry;
    }

    /** Raised by every commit seen; a reader notes it before it reads the database. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps what a reader read, unless a batch committed since it began reading (its view may predate that batch,
     * and would then overwrite the newer entry the commit left): such a view is answered once, not kept.
     */
    Entry put(UnitRollup view, List<String> ancestors, long readAtGeneration) {
        Entry entry = new Entry(view, List.copyOf(ancestors));
        synchronized (generation) {
            Key key = new Key(view.campaignCode(), view.unitCode());
            if (generation.get() != readAtGeneration) {
                // an expired entry this reader was to replace goes, so that the next reader reads it afresh
                entries.asMap().computeIfPresent(key, (k, old) -> old.reloading().get() ? null : old);
                return entry;
            }
            entries.put(key, entry);
        }
        return entry;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        synchronized (generation) {
            generation.incrementAndGet();
            if (changed.treeChanged()) {
                entries.invalidateAll();
                return;
            }
            changed.rollups().forEach(this::replace);
        }
    }

    /** A roll-up committed here or by another replica, as the {@code rollup} topic carries it. */
    void refresh(UnitRollup rollup) {
        synchronized (generation) {
            generation.incrementAndGet();
            replace(rollup);
        }
    }

    private void replace(UnitRollup view) {
        entries.asMap().computeIfPresent(new Key(view.campaignCode(), view.unitCode()),
                (key, entry) -> newer(view, entry.rollup()) ? new Entry(view, entry.ancestors()) : entry);
    }

    /**
     * Whether the roll-up is a newer state than the other, by the time its counters were last written (to the
     * microsecond: each batch writes under the apply lock, at its own statement's time). A roll-up that cannot say
     * when it was written, or says the same time, is not newer: a late copy of a state already held never replaces
     * it. (Compared to the millisecond, two batches within one millisecond were "not older" than each other, and a
     * late copy of the first, arriving on the rollup topic after a reader had loaded the second, replaced it: a
     * second caller then read the earlier figures the first caller's read had already left behind.)
     */
    static boolean newer(UnitRollup rollup, UnitRollup than) {
        if (rollup.asOf() == null) {
            return than.asOf() == null;
        }
        return than.asOf() == null || rollup.asOf().isAfter(than.asOf());
    }
}
