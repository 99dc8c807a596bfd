package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.ActionChanged;

/**
 * Remediation actions: they count through their shortcoming. One that arrives before its shortcoming touches
 * nothing; it counts when the shortcoming arrives (this kind comes after shortcomings in a batch for that reason).
 */
@Singleton
class ActionEvents extends LatestStateKind<ActionChanged, ActionState> {

    ActionEvents(StateStore states) {
        super(states, ActionState.class);
    }

    @Override
    public String type() {
        return ActionChanged.TYPE;
    }

    @Override
    public Class<ActionChanged> record() {
        return ActionChanged.class;
    }

    @Override
    public String topic() {
        return ActionChanged.TOPIC;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<String> tables() {
        return List.of("action_state");
    }

    @Override
    public void prefetch(List<ActionChanged> events) {
        super.prefetch(events);
        // what each action touches is its shortcoming's unit: stored before, in this batch, or not yet
        states.load(ShortcomingState.class, events.stream().map(ActionChanged::shortcomingId).toList());
    }

    @Override
    protected Object key(ActionChanged event) {
        return event.id();
    }

    @Override
    protected ActionState create(ActionChanged event) {
        ActionState action = new ActionState();
        action.id = event.id();
        return action;
    }

    @Override
    protected void copy(ActionChanged event, ActionState action) {
        action.shortcomingId = event.shortcomingId();
        action.status = event.status();
        action.overdue = event.overdue();
        action.unitCode = event.unitCode();
        action.dueOn = event.dueOn();
    }

    @Override
    protected void touches(ActionChanged event, ActionState before, Touched touched) {
        ShortcomingState shortcoming = states.find(ShortcomingState.class, event.shortcomingId());
        if (shortcoming != null) {
            touched.contribution(shortcoming.campaignCode, shortcoming.unitCode);
        }
    }
}
