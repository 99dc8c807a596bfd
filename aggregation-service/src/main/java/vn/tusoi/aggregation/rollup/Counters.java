package vn.tusoi.aggregation.rollup;

import java.time.LocalDate;

/** Names of the roll-up counters kept per campaign and unit. */
public final class Counters {

    public static final String DIRECT_HELD = "direct.held";
    public static final String DIRECT_EXPECTED = "direct.expected";
    public static final String ON_TIME = "onTime";
    public static final String LATE = "late";
    public static final String MEMBERS_TOTAL = "members.total";
    public static final String MEMBERS_REVIEWED = "members.reviewed";
    public static final String SHORTCOMINGS_RAISED = "shortcomings.raised";
    public static final String SHORTCOMINGS_STATUS = "shortcomings.status.";
    public static final String SHORTCOMINGS_AREA = "shortcomings.area.";
    public static final String SHORTCOMINGS_OVERDUE = "shortcomings.overdue";
    public static final String SHORTCOMINGS_RECURRING = "shortcomings.recurring";
    public static final String SHORTCOMINGS_RECURRING_AREA = "shortcomings.recurring.area.";
    public static final String ATTENDANCE_EXPECTED = "attendance.expected";
    public static final String ATTENDANCE_PRESENT = "attendance.present";
    public static final String HELD_ON_PREFIX = "heldOn.";
    public static final String INDICATORS_MET = "indicators.met";
    public static final String INDICATORS_TOTAL = "indicators.total";
    public static final String GRADE_PREFIX = "grade.";
    /** The members' decided grades (their self-reviews'), at their cell and every unit above it. */
    public static final String MEMBER_GRADE_PREFIX = "member.grade.";
    static final String KIND_PREFIX = "kind.";

    private Counters() {
    }

    public static String held(String kind) {
        return KIND_PREFIX + kind + ".held";
    }

    /** Units of the subtree that held the campaign on this day. */
    public static String heldOn(LocalDate day) {
        return HELD_ON_PREFIX + day;
    }

    public static String expected(String kind) {
        return KIND_PREFIX + kind + ".expected";
    }
}
