package vn.tusoi.aggregation.ingest;

import java.util.List;

/**
 * One kind of event the roll-ups read: its CloudEvent type, its record, its topic and the tables it keeps; how its
 * events are stored (a newer state replaces the stored one, an older or repeated one changes nothing) and which
 * contributions a stored one touches. A new kind of event is one implementation of this, with its record.
 */
public interface EventKind<E> {

    /** The CloudEvent type it is published with. */
    String type();

    /** The record its data is read into (and validated against). */
    Class<E> record();

    /** The topic it comes on. */
    String topic();

    /**
     * Where it goes among the kinds: a batch applies the kinds in this order and a rebuild reads their topics in it,
     * so a kind comes after those whose stored states it reads (an action after shortcomings, all after units).
     */
    int order();

    /** The tables it keeps; a rebuild empties them. */
    List<String> tables();

    /** Loads at once the stored states these events replace, instead of one look-up per event. */
    default void prefetch(List<E> events) {
    }

    /** Stores these events, in their order, and notes what each stored one touches. */
    void apply(List<E> events, Touched touched);
}
