package vn.tusoi.platform.deadletter;

/**
 * A consuming service's way to apply one record again, as its live consumer would: what a re-drive of a dead
 * letter runs. Throws {@link UnusableEvent} (or any failure) when the record still cannot be applied.
 */
public interface DeadLetterHandler {

    void apply(ConsumedRecord record);
}
