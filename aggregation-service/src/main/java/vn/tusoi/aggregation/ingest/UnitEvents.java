package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.UnitChanged;

/** Units as organization-service publishes them: where a unit sits decides which campaigns it counts for. */
@Singleton
class UnitEvents extends LatestStateKind<UnitChanged, UnitNode> {

    UnitEvents(StateStore states) {
        super(states, UnitNode.class);
    }

    @Override
    public String type() {
        return UnitChanged.TYPE;
    }

    @Override
    public Class<UnitChanged> record() {
        return UnitChanged.class;
    }

    @Override
    public String topic() {
        return UnitChanged.TOPIC;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> tables() {
        return List.of("unit_node");
    }

    @Override
    protected Object key(UnitChanged event) {
        return event.code();
    }

    @Override
    protected UnitNode create(UnitChanged event) {
        UnitNode node = new UnitNode();
        node.code = event.code();
        return node;
    }

    @Override
    protected void copy(UnitChanged event, UnitNode node) {
        node.name = event.name();
        node.kind = event.kind();
        node.parentCode = event.parentCode();
        node.ancestors = List.copyOf(event.ancestors());
        node.validTo = event.validTo();
        node.memberCount = event.memberCount();
        node.predecessors = event.predecessors() == null ? List.of() : List.copyOf(event.predecessors());
        node.notificationEmails = event.notificationEmails() == null
                ? List.of()
                : List.copyOf(event.notificationEmails());
        node.emailOff = event.emailOff();
    }

    /** A moved, merged or renamed unit: its every contribution, and every roll-up read before. */
    @Override
    protected void touches(UnitChanged event, UnitNode before, Touched touched) {
        touched.unit(event.code());
        touched.tree();
    }
}
