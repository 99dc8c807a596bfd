package vn.tusoi.organization.events;

/** A member's cell and status, for counting: no name, no personal details. */
public record MemberChanged(String registryNo, String unitCode, String status, long version) {

    public static final String TYPE = "vn.tusoi.org.member.changed";
}
