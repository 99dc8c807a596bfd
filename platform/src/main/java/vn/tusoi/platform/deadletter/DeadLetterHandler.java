package vn.tusoi.platform.deadletter;

/**
 * A consuming service's way to apply one record again, as its live consumer would: what a re-drive of a dead
 * letter runs. Throws {@link UnusableEvent} (or any failure) when the record still cannot be applied.
 */
public interface DeadLetterHandler {

    void apply(ConsumedRecord record);

    /**
     * The key the record's producer gives the entity it carries on the record's topic, read from its payload; throws
     * {@link UnusableEvent} when the payload is not an event this service reads on that topic. A corrected payload is
     * re-driven only when it is about the dead letter's own record.
     */
    String keyOf(ConsumedRecord record);
}
