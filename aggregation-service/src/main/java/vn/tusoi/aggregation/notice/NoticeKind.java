package vn.tusoi.aggregation.notice;

/** What a notice tells its unit, or one of its members. */
public enum NoticeKind {
    /** The unit has not held the campaign's session: sent by an officer above it, or by the campaign's schedule. */
    CAMPAIGN_REMINDER,
    /** To a superior, with a scheduled reminder run: its direct subordinates that have not held the session. */
    CAMPAIGN_DIGEST,
    /** To the unit that owns a remediation action, days before its due date. */
    ACTION_DUE,
    /** To the unit that owns a remediation action, once it is past its due date and not done. */
    ACTION_OVERDUE,
    /** To the superior of that unit, once the action is overdue by the configured number of days. */
    ACTION_ESCALATED,
    /** To the committee above a unit: the unit submitted its session's report, which waits for its approval. */
    REPORT_SUBMITTED,
    /** To the unit: its report was returned, with the committee's reason. */
    REPORT_RETURNED,
    /** To the unit: the committee above decided its classification. */
    GRADE_DECIDED,
    /** To a member alone (never their cell's inbox): the committee decided the grade of their self-review. */
    MEMBER_GRADE_DECIDED;

    /** Whether it is a member's own: read by the member alone, e-mailed to the member's address. */
    public boolean toMember() {
        return this == MEMBER_GRADE_DECIDED;
    }
}
