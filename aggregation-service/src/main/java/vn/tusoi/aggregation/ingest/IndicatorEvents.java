package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.IndicatorsChanged;

/** A unit's indicators for a period, as counts: they count for the campaigns of that year the unit feeds. */
@Singleton
class IndicatorEvents extends LatestStateKind<IndicatorsChanged, IndicatorState> {

    IndicatorEvents(StateStore states) {
        super(states, IndicatorState.class);
    }

    @Override
    public String type() {
        return IndicatorsChanged.TYPE;
    }

    @Override
    public Class<IndicatorsChanged> record() {
        return IndicatorsChanged.class;
    }

    @Override
    public String topic() {
        return IndicatorsChanged.TOPIC;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<String> tables() {
        return List.of("indicator_state");
    }

    @Override
    protected Object key(IndicatorsChanged event) {
        return new IndicatorState.Key(event.unitCode(), event.period());
    }

    @Override
    protected IndicatorState create(IndicatorsChanged event) {
        IndicatorState state = new IndicatorState();
        state.key = new IndicatorState.Key(event.unitCode(), event.period());
        return state;
    }

    @Override
    protected void copy(IndicatorsChanged event, IndicatorState state) {
        state.met = event.met();
        state.total = event.total();
    }

    @Override
    protected void touches(IndicatorsChanged event, IndicatorState before, Touched touched) {
        touched.unit(event.unitCode());
    }
}
