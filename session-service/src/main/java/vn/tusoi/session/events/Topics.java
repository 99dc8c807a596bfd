package vn.tusoi.session.events;

/** The topics this service publishes; compacted and keyed by entity id. */
public final class Topics {

    public static final String CAMPAIGNS = "session.campaigns";
    public static final String SESSIONS = "session.sessions";
    public static final String INDICATORS = "session.indicators";
    public static final String SHORTCOMINGS = "session.shortcomings";
    public static final String ACTIONS = "session.actions";
    public static final String SELF_REVIEWS = "session.self-reviews";
    public static final String CLASSIFICATIONS = "session.classifications";

    private Topics() {
    }
}
