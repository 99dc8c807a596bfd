package vn.tusoi.aggregation.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.tusoi.aggregation.rest.ProgressView;

/**
 * The roll-ups read lately, with the ancestors their readers' scope is checked against, so that the dashboards'
 * polling of the same few units (the national root above all) is answered without the database. An entry goes as
 * soon as a batch committed here changes its roll-up, and every entry when a batch changes units or campaigns; one
 * older than the time to live is read again (the bound on staleness when another replica applied the change).
 */
@ApplicationScoped
public class RollupCache {

    static final int MAX_ENTRIES = 50_000;

    record Entry(ProgressView view, List<String> ancestors, long loadedAt) {
    }

    private record Key(String campaignCode, String unitCode) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final long timeToLive;

    public RollupCache(
            @ConfigProperty(name = "rollups.read-cache.time-to-live", defaultValue = "1s") Duration timeToLive) {
        this.timeToLive = timeToLive.toNanos();
    }

    Entry get(String campaignCode, String unitCode) {
        Key key = new Key(campaignCode, unitCode);
        Entry entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.loadedAt() > timeToLive) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    Entry put(ProgressView view, List<String> ancestors) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry entry = new Entry(view, List.copyOf(ancestors), System.nanoTime());
        entries.put(new Key(view.campaignCode(), view.unitCode()), entry);
        return entry;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged changed) {
        if (changed.treeChanged()) {
            entries.clear();
        } else {
            changed.rollups().forEach(view -> entries.remove(new Key(view.campaignCode(), view.unitCode())));
        }
    }
}
