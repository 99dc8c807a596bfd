package vn.tusoi.session.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import vn.tusoi.session.ReviewSession;
import vn.tusoi.session.event.SessionChanged;
import vn.tusoi.session.rest.SessionRequest;
import vn.tusoi.session.rest.SessionView;

@Mapper
public interface SessionMapper {

    @Mapping(target = "campaignCode", source = "campaign.code")
    @Mapping(target = "attendance", expression = "java(attendance(session))")
    SessionView toView(ReviewSession session);

    @Mapping(target = "campaignCode", source = "campaign.code")
    SessionChanged toEvent(ReviewSession session);

    /** Copies the reported fields onto a session (new or existing); id, campaign and version are the caller's. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "campaign", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "submittedAt", ignore = true)
    @Mapping(target = "reviewNote", ignore = true)
    @Mapping(target = "reviewedBy", ignore = true)
    @Mapping(target = "reviewedAt", ignore = true)
    @Mapping(target = "status", expression = "java(request.statusOrDefault())")
    @Mapping(target = "kind", expression = "java(request.kindOrDefault())")
    @Mapping(target = "delegates", expression = "java(new java.util.ArrayList<>(request.delegatesOrNone()))")
    @Mapping(target = "attendanceExpected", source = "attendance.expected")
    @Mapping(target = "attendancePresent", source = "attendance.present")
    void update(SessionRequest request, @MappingTarget ReviewSession session);

    default SessionRequest.Attendance attendance(ReviewSession session) {
        return session.attendanceExpected == null
                ? null
                : new SessionRequest.Attendance(session.attendanceExpected, session.attendancePresent);
    }
}
