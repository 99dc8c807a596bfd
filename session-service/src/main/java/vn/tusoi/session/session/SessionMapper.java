package vn.tusoi.session.session;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import vn.tusoi.session.events.SessionChanged;

@Mapper
public interface SessionMapper {

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
    void update(SessionReport request, @MappingTarget ReviewSession session);

}
