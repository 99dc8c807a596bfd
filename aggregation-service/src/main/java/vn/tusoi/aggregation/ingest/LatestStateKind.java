package vn.tusoi.aggregation.ingest;

import java.util.List;

import vn.tusoi.aggregation.events.StateEvent;

/**
 * A kind of event that carries an entity's whole state: stored if newer than the stored one, else nothing changes.
 * A kind says how to find, create and fill its state, and what a newer one touches.
 */
abstract class LatestStateKind<E extends StateEvent, S extends VersionedState> implements EventKind<E> {

    protected final StateStore states;
    private final Class<S> stateClass;

    protected LatestStateKind(StateStore states, Class<S> stateClass) {
        this.states = states;
        this.stateClass = stateClass;
    }

    /** Looks up the stored states of these events at once (a kind that looks up more adds to it). */
    @Override
    public void prefetch(List<E> events) {
        states.load(stateClass, events.stream().map(this::key).toList());
    }

    @Override
    public void apply(List<E> events, Touched touched) {
        for (E event : events) {
            store(event, touched);
        }
    }

    /** Stores the event's state unless the stored one is as new; returns whether it did. */
    boolean store(E event, Touched touched) {
        Object key = key(event);
        S stored = states.find(stateClass, key);
        if (stored != null && stored.version >= event.version()) {
            return false;
        }
        touches(event, stored, touched);
        S state = stored == null ? create(event) : stored;
        copy(event, state);
        state.version = event.version();
        if (stored == null) {
            states.persist(key, state);
        }
        return true;
    }

    /** The state's key (its id, or its embedded key). */
    protected abstract Object key(E event);

    /** A new state with its key set. */
    protected abstract S create(E event);

    /** Copies the event's fields into the state (its version is set after). */
    protected abstract void copy(E event, S state);

    /** What the newer state touches; told before it replaces {@code before}, which is null when first seen. */
    protected abstract void touches(E event, S before, Touched touched);
}
