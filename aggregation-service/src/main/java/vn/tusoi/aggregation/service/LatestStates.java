package vn.tusoi.aggregation.service;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.ActionState;
import vn.tusoi.aggregation.CampaignInfo;
import vn.tusoi.aggregation.ClassificationState;
import vn.tusoi.aggregation.IndicatorState;
import vn.tusoi.aggregation.SelfReviewState;
import vn.tusoi.aggregation.SessionState;
import vn.tusoi.aggregation.ShortcomingState;
import vn.tusoi.aggregation.UnitNode;
import vn.tusoi.aggregation.event.ActionChanged;
import vn.tusoi.aggregation.event.CampaignChanged;
import vn.tusoi.aggregation.event.ClassificationChanged;
import vn.tusoi.aggregation.event.EventBatch;
import vn.tusoi.aggregation.event.IndicatorsChanged;
import vn.tusoi.aggregation.event.SelfReviewChanged;
import vn.tusoi.aggregation.event.SessionChanged;
import vn.tusoi.aggregation.event.ShortcomingChanged;
import vn.tusoi.aggregation.event.UnitChanged;

/**
 * The latest state of each entity the roll-ups depend on, as its owner last published it: a newer version replaces
 * it, an older or repeated one changes nothing (each {@code store} says whether it did).
 */
@ApplicationScoped
class LatestStates {

    private static final int SLICE = 1_000;

    private final EntityManager em;

    LatestStates(EntityManager em) {
        this.em = em;
    }

    /**
     * Loads the stored states the batch's events replace with a query per 1,000 instead of one per event: each
     * {@code em.find} below then finds its entity already loaded.
     */
    void prefetch(EventBatch batch) {
        prefetch("SELECT u FROM UnitNode u WHERE u.code IN ?1", batch.units().stream().map(UnitChanged::code));
        prefetch("SELECT s FROM SessionState s WHERE s.id IN ?1", batch.sessions().stream().map(SessionChanged::id));
        prefetch("SELECT s FROM ShortcomingState s WHERE s.id IN ?1",
                batch.shortcomings().stream().map(ShortcomingChanged::id));
        prefetch("SELECT a FROM ActionState a WHERE a.id IN ?1", batch.actions().stream().map(ActionChanged::id));
        batch.selfReviews().stream().collect(Collectors.groupingBy(SelfReviewChanged::campaignCode))
                .forEach((campaign, reviews) -> prefetch("SELECT r FROM SelfReviewState r WHERE r.key.registryNo IN"
                        + " ?1 AND r.key.campaignCode = ?2", reviews.stream().map(SelfReviewChanged::registryNo),
                        campaign));
    }

    /** Runs the query (ids as parameter 1, then the others) per 1,000 ids, keeping what it loads. */
    private void prefetch(String query, Stream<?> ids, Object... others) {
        List<?> all = ids.distinct().toList();
        for (int from = 0; from < all.size(); from += SLICE) {
            var loading = em.createQuery(query).setParameter(1, all.subList(from, Math.min(all.size(),
                    from + SLICE)));
            for (int i = 0; i < others.length; i++) {
                loading.setParameter(i + 2, others[i]);
            }
            loading.getResultList();
        }
    }

    boolean store(UnitChanged event) {
        UnitNode node = em.find(UnitNode.class, event.code());
        if (node != null && node.version >= event.version()) {
            return false;
        }
        boolean isNew = node == null;
        if (isNew) {
            node = new UnitNode();
            node.code = event.code();
        }
        node.name = event.name();
        node.kind = event.kind();
        node.parentCode = event.parentCode();
        node.ancestors = List.copyOf(event.ancestors());
        node.validTo = event.validTo();
        node.memberCount = event.memberCount();
        node.predecessors = event.predecessors() == null ? List.of() : List.copyOf(event.predecessors());
        node.version = event.version();
        if (isNew) {
            em.persist(node);
        }
        return true;
    }

    /**
     * Stores a newer campaign state; a campaign seen open before and closed now joins {@code closed}. One first seen
     * closed (a rebuild reads only the latest state) is not frozen again: its frozen roll-ups come from their topic.
     */
    boolean store(CampaignChanged event, List<CampaignInfo> closed) {
        CampaignInfo campaign = em.find(CampaignInfo.class, event.code());
        if (campaign != null && campaign.version >= event.version()) {
            return false;
        }
        boolean wasOpen = campaign != null && !campaign.isClosed();
        boolean isNew = campaign == null;
        if (isNew) {
            campaign = new CampaignInfo();
            campaign.code = event.code();
        }
        campaign.issuingUnitCode = event.issuingUnitCode();
        campaign.scopeKinds = List.copyOf(event.scopeKinds());
        campaign.deadline = event.deadline();
        campaign.status = event.status() == null ? CampaignInfo.OPEN : event.status();
        campaign.version = event.version();
        if (isNew) {
            em.persist(campaign);
        }
        if (wasOpen && campaign.isClosed()) {
            closed.add(campaign);
        }
        return true;
    }

    boolean store(SessionChanged event) {
        SessionState session = em.find(SessionState.class, event.id());
        if (session != null && session.version >= event.version()) {
            return false;
        }
        boolean isNew = session == null;
        if (isNew) {
            session = new SessionState();
            session.id = event.id();
        }
        session.campaignCode = event.campaignCode();
        session.unitCode = event.unitCode();
        session.status = event.status();
        session.heldOn = event.heldOn();
        session.attendanceExpected = event.attendanceExpected();
        session.attendancePresent = event.attendancePresent();
        session.version = event.version();
        if (isNew) {
            em.persist(session);
        }
        return true;
    }

    boolean store(ActionChanged event) {
        ActionState action = em.find(ActionState.class, event.id());
        if (action != null && action.version >= event.version()) {
            return false;
        }
        boolean isNew = action == null;
        if (isNew) {
            action = new ActionState();
            action.id = event.id();
        }
        action.shortcomingId = event.shortcomingId();
        action.status = event.status();
        action.overdue = event.overdue();
        action.version = event.version();
        if (isNew) {
            em.persist(action);
        }
        return true;
    }

    boolean store(IndicatorsChanged event) {
        IndicatorState.Key key = new IndicatorState.Key(event.unitCode(), event.period());
        IndicatorState state = em.find(IndicatorState.class, key);
        if (state != null && state.version >= event.version()) {
            return false;
        }
        boolean isNew = state == null;
        if (isNew) {
            state = new IndicatorState();
            state.key = key;
        }
        state.met = event.met();
        state.total = event.total();
        state.version = event.version();
        if (isNew) {
            em.persist(state);
        }
        return true;
    }

    boolean store(ClassificationChanged event) {
        ClassificationState.Key key = new ClassificationState.Key(event.unitCode(), event.year());
        ClassificationState state = em.find(ClassificationState.class, key);
        if (state != null && state.version >= event.version()) {
            return false;
        }
        boolean isNew = state == null;
        if (isNew) {
            state = new ClassificationState();
            state.key = key;
        }
        state.decidedGrade = event.decidedGrade();
        state.version = event.version();
        if (isNew) {
            em.persist(state);
        }
        return true;
    }

    /** Stores a newer shortcoming state; returns the unit it was at before (itself if new), or null if stale. */
    String store(ShortcomingChanged event) {
        ShortcomingState shortcoming = em.find(ShortcomingState.class, event.id());
        if (shortcoming != null && shortcoming.version >= event.version()) {
            return null;
        }
        String previousUnit = shortcoming == null ? event.unitCode() : shortcoming.unitCode;
        boolean isNew = shortcoming == null;
        if (isNew) {
            shortcoming = new ShortcomingState();
            shortcoming.id = event.id();
        }
        shortcoming.campaignCode = event.campaignCode();
        shortcoming.unitCode = event.unitCode();
        shortcoming.area = event.area();
        shortcoming.status = event.status();
        shortcoming.version = event.version();
        if (isNew) {
            em.persist(shortcoming);
        }
        return previousUnit;
    }

    /** Stores a newer self-review state; returns the unit it was in before (itself if new), or null if stale. */
    String store(SelfReviewChanged event) {
        SelfReviewState.Key key = new SelfReviewState.Key(event.campaignCode(), event.registryNo());
        SelfReviewState review = em.find(SelfReviewState.class, key);
        if (review != null && review.version >= event.version()) {
            return null;
        }
        String previousUnit = review == null ? event.unitCode() : review.unitCode;
        if (review == null) {
            review = new SelfReviewState();
            review.key = key;
            review.unitCode = event.unitCode();
            review.stage = event.stage();
            review.version = event.version();
            em.persist(review);
        } else {
            review.unitCode = event.unitCode();
            review.stage = event.stage();
            review.version = event.version();
        }
        return previousUnit;
    }
}
