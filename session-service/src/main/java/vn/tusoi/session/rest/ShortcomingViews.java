package vn.tusoi.session.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.tusoi.session.api.ActionView;
import vn.tusoi.session.api.ShortcomingView;
import vn.tusoi.session.remediation.RemediationAction;
import vn.tusoi.session.remediation.Shortcoming;

/** Shortcomings and their actions between the API's records and the service's. */
@Mapper
public interface ShortcomingViews {

    @Mapping(target = "sessionId", source = "session.id")
    @Mapping(target = "campaignCode", source = "session.campaign.code")
    @Mapping(target = "carriedFromId", source = "carriedFrom.id")
    @Mapping(target = "recurringOfId", source = "recurringOf.id")
    ShortcomingView toView(Shortcoming shortcoming);

    @Mapping(target = "shortcomingId", source = "shortcoming.id")
    @Mapping(target = "overdue", expression = "java(action.isOverdue(java.time.LocalDate.now()))")
    ActionView toView(RemediationAction action);

}
