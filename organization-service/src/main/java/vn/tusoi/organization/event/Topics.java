package vn.tusoi.organization.event;

import java.util.List;

/** The topics this service publishes; compacted and keyed by entity code. */
public final class Topics {

    public static final String UNITS = "org.units";
    public static final String MEMBERS = "org.members";
    public static final List<String> ALL = List.of(UNITS, MEMBERS);

    private Topics() {
    }
}
