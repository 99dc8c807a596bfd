package vn.tusoi.session.remediation;

import java.time.LocalDate;

import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import vn.tusoi.session.events.ActionChanged;
import vn.tusoi.session.events.ShortcomingChanged;

@Mapper
public interface ShortcomingMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "session", ignore = true)
    @Mapping(target = "unitCode", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "carriedFrom", ignore = true)
    @Mapping(target = "recurringOf", ignore = true)
    @Mapping(target = "actions", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "responsibility", expression = "java(request.responsibilityOrDefault())")
    Shortcoming toEntity(ShortcomingDraft request);

    /** Copies a correction onto a shortcoming: what it is and who answers for it (the service replaces the causes). */
    @InheritConfiguration(name = "toEntity")
    @Mapping(target = "causes", ignore = true)
    void update(ShortcomingDraft request, @MappingTarget Shortcoming shortcoming);

    Shortcoming.Cause toCause(ShortcomingDraft.Cause cause);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "shortcoming", ignore = true)
    @Mapping(target = "unitCode", ignore = true)
    @Mapping(target = "status", constant = "PLANNED")
    @Mapping(target = "progressPercent", constant = "0")
    @Mapping(target = "notes", ignore = true)
    @Mapping(target = "overdueSince", ignore = true)
    @Mapping(target = "version", constant = "1L")
    RemediationAction toAction(ShortcomingDraft.Action request);

    @Mapping(target = "sessionId", source = "session.id")
    @Mapping(target = "campaignCode", source = "session.campaign.code")
    @Mapping(target = "carriedFromId", source = "carriedFrom.id")
    @Mapping(target = "recurringOfId", source = "recurringOf.id")
    @Mapping(target = "actionsTotal", expression = "java(shortcoming.actions.size())")
    @Mapping(target = "actionsVerified", expression = "java(verified(shortcoming))")
    ShortcomingChanged toEvent(Shortcoming shortcoming);

    @Mapping(target = "shortcomingId", source = "action.shortcoming.id")
    @Mapping(target = "overdue", expression = "java(action.isOverdue(today))")
    ActionChanged toEvent(RemediationAction action, LocalDate today);

    default int verified(Shortcoming shortcoming) {
        return (int) shortcoming.actions.stream().filter(a -> a.status == RemediationAction.Status.VERIFIED).count();
    }
}
