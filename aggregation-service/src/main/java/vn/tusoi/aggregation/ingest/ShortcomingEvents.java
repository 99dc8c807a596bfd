package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.ShortcomingChanged;

/** Shortcomings as session-service publishes them: one carried to another unit leaves the one it was in. */
@Singleton
class ShortcomingEvents extends LatestStateKind<ShortcomingChanged, ShortcomingState> {

    ShortcomingEvents(StateStore states) {
        super(states, ShortcomingState.class);
    }

    @Override
    public String type() {
        return ShortcomingChanged.TYPE;
    }

    @Override
    public Class<ShortcomingChanged> record() {
        return ShortcomingChanged.class;
    }

    @Override
    public String topic() {
        return ShortcomingChanged.TOPIC;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<String> tables() {
        return List.of("shortcoming_state");
    }

    @Override
    protected Object key(ShortcomingChanged event) {
        return event.id();
    }

    @Override
    protected ShortcomingState create(ShortcomingChanged event) {
        ShortcomingState shortcoming = new ShortcomingState();
        shortcoming.id = event.id();
        return shortcoming;
    }

    @Override
    protected void copy(ShortcomingChanged event, ShortcomingState shortcoming) {
        shortcoming.campaignCode = event.campaignCode();
        shortcoming.unitCode = event.unitCode();
        shortcoming.area = event.area();
        shortcoming.status = event.status();
        shortcoming.recurring = event.recurringOfId() != null;
    }

    @Override
    protected void touches(ShortcomingChanged event, ShortcomingState before, Touched touched) {
        touched.contribution(event.campaignCode(), event.unitCode());
        if (before != null) {
            touched.contribution(event.campaignCode(), before.unitCode);
        }
    }
}
