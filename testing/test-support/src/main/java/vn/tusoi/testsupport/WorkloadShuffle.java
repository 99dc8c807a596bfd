package vn.tusoi.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The order a {@link ReplicaWorkload} sends its events in: entities' next versions picked at random, replays. */
final class WorkloadShuffle {

    private final Random random;
    private final List<ReplicaWorkload.Event> sent = new ArrayList<>();

    WorkloadShuffle(Random random) {
        this.random = random;
    }

    /** Takes up to {@code count} events, each the next version of an entity picked at random. */
    List<ReplicaWorkload.Event> take(List<List<ReplicaWorkload.Event>> pending, int count) {
        List<ReplicaWorkload.Event> taken = new ArrayList<>();
        while (taken.size() < count && !pending.isEmpty()) {
            int pick = random.nextInt(pending.size());
            List<ReplicaWorkload.Event> versions = pending.get(pick);
            ReplicaWorkload.Event next = versions.remove(0);
            taken.add(next);
            sent.add(next);
            if (versions.isEmpty()) {
                pending.set(pick, pending.get(pending.size() - 1));
                pending.remove(pending.size() - 1);
            }
        }
        return taken;
    }

    /** One of the events sent so far, again: stale by now. */
    ReplicaWorkload.Event replay() {
        return sent.get(random.nextInt(sent.size()));
    }
}
