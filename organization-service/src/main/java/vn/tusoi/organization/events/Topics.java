package vn.tusoi.organization.events;

/** The topics this service publishes; compacted and keyed by entity code. */
public final class Topics {

    public static final String UNITS = "org.units";
    public static final String MEMBERS = "org.members";

    private Topics() {
    }
}
