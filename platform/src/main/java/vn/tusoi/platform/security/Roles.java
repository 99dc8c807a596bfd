package vn.tusoi.platform.security;

/** Realm roles this service checks (see the README's Security section). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String SECRETARY = "secretary";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
