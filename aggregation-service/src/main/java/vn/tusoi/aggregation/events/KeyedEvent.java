package vn.tusoi.aggregation.events;

/** An event as its producer keys it on its topic: what a corrected dead letter must still be about. */
public interface KeyedEvent {

    /** The message key its producer gives it ({@code code}, {@code campaignCode|registryNo}, an id...). */
    String messageKey();
}
