package vn.tusoi.platform.deadletter;

/** An event that cannot be read, or breaks its contract: no retry will make it usable. */
public class UnusableEvent extends RuntimeException {

    public UnusableEvent(String reason) {
        super(reason);
    }
}
