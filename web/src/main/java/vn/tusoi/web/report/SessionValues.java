package vn.tusoi.web.report;

import java.util.List;

import vn.tusoi.web.api.Session;

/** The session form's values as the user sees them: from the stored session, or as they were sent. */
public record SessionValues(String heldOn, String kind, String chair, String delegates, String expected,
        String present, String minutesSummary) {

    public static SessionValues of(Session session, String campaignKind) {
        if (session == null) {
            return new SessionValues("", campaignKind, "", "", "", "", "");
        }
        Session.Attendance attendance = session.attendance();
        return new SessionValues(session.heldOn() == null ? "" : session.heldOn().toString(), session.kind(),
                orEmpty(session.chair()), session.delegates() == null ? "" : String.join("\n", session.delegates()),
                attendance == null ? "" : String.valueOf(attendance.expected()),
                attendance == null ? "" : String.valueOf(attendance.present()), orEmpty(session.minutesSummary()));
    }

    /** One delegate a line, blank lines left out. */
    public List<String> delegateLines() {
        return delegates == null ? List.of() : delegates.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
