package vn.tusoi.organization.unit;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.organization.events.Topics;
import vn.tusoi.organization.events.UnitChanged;
import vn.tusoi.platform.outbox.Outbox;

/** Records a unit's new state in the outbox, in the transaction that changed it. */
@ApplicationScoped
public class UnitEvents {

    private final Outbox outbox;
    private final UnitMapper mapper;

    public UnitEvents(Outbox outbox, UnitMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public void changed(OrgUnit unit) {
        outbox.record(Topics.UNITS, unit.code, UnitChanged.TYPE, mapper.toEvent(unit));
    }
}
