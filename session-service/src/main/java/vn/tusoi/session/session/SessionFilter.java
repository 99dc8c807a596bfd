package vn.tusoi.session.session;

/** Which of the sessions below a unit to list; a null part does not filter. */
public record SessionFilter(ReviewSession.Status status, String unitKind, String parentCode, String campaignCode) {
}
