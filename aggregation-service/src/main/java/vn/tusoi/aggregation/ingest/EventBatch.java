package vn.tusoi.aggregation.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The events of one consumed batch, by kind in the kinds' order, each kind's in arrival order. */
public final class EventBatch {

    private final Map<Integer, Events<?>> byKind = new TreeMap<>();
    private int size;

    /** The events' data, by kind, in the order given. */
    public static EventBatch of(List<ReadEvent> events) {
        EventBatch batch = new EventBatch();
        events.forEach(event -> batch.add(event.kind(), event.data()));
        return batch;
    }

    private <E> void add(EventKind<E> kind, Object data) {
        @SuppressWarnings("unchecked")
        Events<E> events = (Events<E>) byKind.computeIfAbsent(kind.order(), order -> new Events<>(kind,
                new ArrayList<>()));
        events.data.add(kind.record().cast(data));
        size++;
    }

    /** Loads what each kind's events look up, then stores them, kind after kind, noting what they touch. */
    public void apply(Touched touched) {
        byKind.values().forEach(events -> events.apply(touched));
    }

    public int size() {
        return size;
    }

    private record Events<E>(EventKind<E> kind, List<E> data) {

        void apply(Touched touched) {
            kind.prefetch(data);
            kind.apply(data, touched);
        }
    }
}
