package vn.tusoi.aggregation.rollup;

import org.mapstruct.Mapper;

import vn.tusoi.aggregation.events.RollupChanged;

/** A roll-up as this service publishes it (and freezes it), and back. */
@Mapper
public interface RollupEventMapper {

    RollupChanged toEvent(UnitRollup rollup);

    UnitRollup fromEvent(RollupChanged event);
}
