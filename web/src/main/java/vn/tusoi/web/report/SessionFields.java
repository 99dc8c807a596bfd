package vn.tusoi.web.report;

import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionRequest;
import vn.tusoi.web.forms.FormFields;

/** The session's own fields as the form sends them; {@code step} is draft, held or submit. */
public class SessionFields extends ReportForm {

    @RestForm
    public String sessionId;
    @RestForm
    public String version;
    @RestForm
    public String step;
    @RestForm
    public String heldOn;
    @RestForm
    public String kind;
    @RestForm
    public String chair;
    @RestForm
    public String delegates;
    @RestForm
    public String expected;
    @RestForm
    public String present;
    @RestForm
    public String minutesSummary;

    SessionValues values() {
        return new SessionValues(heldOn, kind, chair, delegates, expected, present, minutesSummary);
    }

    boolean submits() {
        return "submit".equals(step);
    }

    /** What the service is sent: a draft or a held session; values not of their type are noted in {@code fields}. */
    SessionRequest request(FormFields fields) {
        Integer expectedCount = fields.number("attendance.expected", expected);
        Integer presentCount = fields.number("attendance.present", present);
        return new SessionRequest(unit, fields.date("heldOn", heldOn), "draft".equals(step) ? "DRAFT" : "HELD",
                FormFields.text(kind), FormFields.text(chair), values().delegateLines(),
                expectedCount == null && presentCount == null
                        ? null
                        : new Session.Attendance(expectedCount == null ? 0 : expectedCount,
                                presentCount == null ? 0 : presentCount),
                FormFields.text(minutesSummary));
    }

    /** The notice the page shows once it is saved. */
    ReportNotice done() {
        return submits() ? ReportNotice.SUBMITTED : "draft".equals(step) ? ReportNotice.DRAFT : ReportNotice.HELD;
    }
}
