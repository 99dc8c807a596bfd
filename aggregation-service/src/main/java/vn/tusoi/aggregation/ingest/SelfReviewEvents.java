package vn.tusoi.aggregation.ingest;

import java.util.List;

import jakarta.inject.Singleton;

import vn.tusoi.aggregation.events.SelfReviewChanged;

/** That a member wrote their self-review for a campaign, and in which unit; one who moved leaves the unit before. */
@Singleton
class SelfReviewEvents extends LatestStateKind<SelfReviewChanged, SelfReviewState> {

    SelfReviewEvents(StateStore states) {
        super(states, SelfReviewState.class);
    }

    @Override
    public String type() {
        return SelfReviewChanged.TYPE;
    }

    @Override
    public Class<SelfReviewChanged> record() {
        return SelfReviewChanged.class;
    }

    @Override
    public String topic() {
        return SelfReviewChanged.TOPIC;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<String> tables() {
        return List.of("self_review_state");
    }

    @Override
    protected Object key(SelfReviewChanged event) {
        return new SelfReviewState.Key(event.campaignCode(), event.registryNo());
    }

    @Override
    protected SelfReviewState create(SelfReviewChanged event) {
        SelfReviewState review = new SelfReviewState();
        review.key = new SelfReviewState.Key(event.campaignCode(), event.registryNo());
        return review;
    }

    @Override
    protected void copy(SelfReviewChanged event, SelfReviewState review) {
        review.unitCode = event.unitCode();
        review.stage = event.stage();
        review.decidedGrade = event.decidedGrade();
    }

    @Override
    protected void touches(SelfReviewChanged event, SelfReviewState before, Touched touched) {
        touched.contribution(event.campaignCode(), event.unitCode());
        if (before != null) {
            touched.contribution(event.campaignCode(), before.unitCode);
        }
    }
}
