package vn.tusoi.session.remediation;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.session.events.ActionChanged;
import vn.tusoi.session.events.ShortcomingChanged;
import vn.tusoi.session.events.Topics;

/** Publishes a shortcoming's or an action's new state through the outbox, in the change's transaction. */
@ApplicationScoped
class RemediationEvents {

    private final ShortcomingMapper mapper;
    private final Outbox outbox;

    RemediationEvents(ShortcomingMapper mapper, Outbox outbox) {
        this.mapper = mapper;
        this.outbox = outbox;
    }

    void published(RemediationAction action, LocalDate today) {
        outbox.record(Topics.ACTIONS, action.id.toString(), ActionChanged.TYPE, mapper.toEvent(action, today));
    }

    void published(Shortcoming shortcoming) {
        outbox.record(Topics.SHORTCOMINGS, shortcoming.id.toString(), ShortcomingChanged.TYPE,
                mapper.toEvent(shortcoming));
    }

    /** A changed action: its next version, published. */
    void changed(RemediationAction action) {
        action.version++;
        published(action, LocalDate.now());
    }
}
