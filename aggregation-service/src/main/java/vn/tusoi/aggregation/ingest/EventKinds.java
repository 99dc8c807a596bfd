package vn.tusoi.aggregation.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Every kind of event the roll-ups read, in their order. */
@Singleton
public class EventKinds {

    private final List<EventKind<?>> inOrder;
    private final Map<String, EventKind<?>> byType;

    @Inject
    EventKinds(Instance<EventKind<?>> kinds) {
        this(kinds.stream().toList());
    }

    /** These kinds (a unit test's). */
    public EventKinds(List<? extends EventKind<?>> kinds) {
        this.inOrder = kinds.stream().<EventKind<?>>map(kind -> kind)
                .sorted(Comparator.comparingInt(EventKind::order)).toList();
        this.byType = inOrder.stream().collect(Collectors.toMap(EventKind::type, Function.identity()));
    }

    public List<EventKind<?>> inOrder() {
        return inOrder;
    }

    /** The kind published with this CloudEvent type, if the roll-ups read it. */
    public Optional<EventKind<?>> ofType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** The tables the kinds keep. */
    public List<String> tables() {
        return inOrder.stream().flatMap(kind -> kind.tables().stream()).toList();
    }

    /** The kinds' topics, in their order. */
    public List<String> topics() {
        return inOrder.stream().map(EventKind::topic).distinct().toList();
    }
}
