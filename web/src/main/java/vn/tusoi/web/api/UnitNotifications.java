package vn.tusoi.web.api;

import java.util.List;

/** A unit's name and where its notices are e-mailed, as organization-service keeps them (a part of its unit). */
public record UnitNotifications(String code, String name, List<String> notificationEmails, Boolean emailOff,
        long version) {

    /** What a unit's officers set. */
    public record Settings(List<String> emails, boolean emailOff) {
    }

    public boolean off() {
        return Boolean.TRUE.equals(emailOff);
    }

    /** The addresses, one per line, as the form shows them. */
    public String lines() {
        return notificationEmails == null ? "" : String.join("\n", notificationEmails);
    }
}
