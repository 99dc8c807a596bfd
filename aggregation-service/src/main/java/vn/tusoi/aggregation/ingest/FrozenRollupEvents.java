package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.FrozenRollup;

/**
 * The roll-ups this service froze when their campaign was closed, read back from their topic by a rebuild (the live
 * consumer does not read it: the rows were written with their events): kept as they are (one already frozen stays),
 * first of all, so that a campaign whose closing is read again is not frozen on the rebuilt tree. They touch no
 * contribution.
 */
@Singleton
class FrozenRollupEvents implements EventKind<FrozenRollup> {

    private final FrozenRollups frozen;

    FrozenRollupEvents(FrozenRollups frozen) {
        this.frozen = frozen;
    }

    @Override
    public String type() {
        return FrozenRollup.TYPE;
    }

    @Override
    public Class<FrozenRollup> record() {
        return FrozenRollup.class;
    }

    @Override
    public String topic() {
        return FrozenRollup.TOPIC;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<String> tables() {
        return List.of("frozen_rollup");
    }

    @Override
    public void apply(List<FrozenRollup> events, Touched touched) {
        frozen.save(events);
    }
}
