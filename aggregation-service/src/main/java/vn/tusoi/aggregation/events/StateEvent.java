package vn.tusoi.aggregation.events;

/** An event that carries an entity's whole new state: a newer version replaces the state, an older one is stale. */
public interface StateEvent {

    long version();
}
