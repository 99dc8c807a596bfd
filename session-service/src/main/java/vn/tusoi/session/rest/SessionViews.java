package vn.tusoi.session.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.SessionView;
import vn.tusoi.session.session.ReviewSession;
import vn.tusoi.session.session.SessionReport;

/** Sessions between the API's records and the service's. */
@Mapper
public interface SessionViews {

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = "attendance", expression = "java(attendance(session))")
    SessionView toView(ReviewSession session);

    default SessionReport.Attendance attendance(ReviewSession session) {
        return session.attendanceExpected == null
                ? null
                : new SessionReport.Attendance(session.attendanceExpected, session.attendancePresent);
    }
}
