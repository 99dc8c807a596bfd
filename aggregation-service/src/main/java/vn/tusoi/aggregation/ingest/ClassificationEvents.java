package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.ClassificationChanged;

/** A unit's classification for a period: its decided grade counts for the campaigns graded for that period. */
@Singleton
class ClassificationEvents extends LatestStateKind<ClassificationChanged, ClassificationState> {

    ClassificationEvents(StateStore states) {
        super(states, ClassificationState.class);
    }

    @Override
    public String type() {
        return ClassificationChanged.TYPE;
    }

    @Override
    public Class<ClassificationChanged> record() {
        return ClassificationChanged.class;
    }

    @Override
    public String topic() {
        return ClassificationChanged.TOPIC;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<String> tables() {
        return List.of("classification_state");
    }

    @Override
    protected Object key(ClassificationChanged event) {
        return new ClassificationState.Key(event.unitCode(), event.periodCode());
    }

    @Override
    protected ClassificationState create(ClassificationChanged event) {
        ClassificationState state = new ClassificationState();
        state.key = new ClassificationState.Key(event.unitCode(), event.periodCode());
        return state;
    }

    @Override
    protected void copy(ClassificationChanged event, ClassificationState state) {
        state.decidedGrade = event.decidedGrade();
    }

    @Override
    protected void touches(ClassificationChanged event, ClassificationState before, Touched touched) {
        touched.unit(event.unitCode());
    }
}
