package vn.tusoi.organization.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The full current state of a unit, published on every change. {@code ancestors} runs from the root down to the
 * parent, so a consumer can move a subtree's totals without asking back; {@code notificationEmails} are where its notices
 * are mailed unless {@code emailOff}; {@code version} grows with each change.
 */
public record UnitChanged(
        String code,
        String name,
        String kind,
        String parentCode,
        List<String> ancestors,
        int depth,
        int memberCount,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> predecessors,
        List<String> notificationEmails,
        boolean emailOff,
        long version) {

    public static final String TYPE = "vn.tusoi.org.unit.changed";
}
