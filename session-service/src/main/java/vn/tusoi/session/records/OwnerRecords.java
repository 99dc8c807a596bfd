package vn.tusoi.session.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.campaign.CampaignService;

/**
 * What a recount of a campaign's roll-ups needs from this service's own records, with the version each row is at:
 * the aggregation's reconciliation compares it with what it was told by events. Read in pages by id (keyset), so a
 * national campaign is read without counting offsets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OwnerRecords {

    public static final int MAX_PAGE = 5_000;

    public record SessionRecord(UUID id, String unitCode, String status, LocalDate heldOn, Integer attendanceExpected,
            Integer attendancePresent, long version) {
    }

    public record ShortcomingRecord(UUID id, String unitCode, String area, String status, long version) {
    }

    /** Who has a self-review and how far it is: never its text. */
    public record SelfReviewRecord(UUID id, String registryNo, String unitCode, String stage, long version) {
    }

    /** One page and where the next starts (null after the last). */
    public record Page<T>(List<T> items, UUID next) {
    }

    private final EntityManager em;
    private final CampaignService campaigns;

    public OwnerRecords(EntityManager em, CampaignService campaigns) {
        this.em = em;
        this.campaigns = campaigns;
    }

    public Page<SessionRecord> sessions(String campaignCode, UUID after, int size) {
        Campaign campaign = campaigns.get(campaignCode);
        List<SessionRecord> items = em.createQuery("SELECT new " + SessionRecord.class.getName()
                + "(s.id, s.unitCode, CAST(s.status AS String), s.heldOn, s.attendanceExpected, s.attendancePresent,"
                + " s.version) FROM ReviewSession s WHERE s.campaign = ?1 AND s.id > ?2 ORDER BY s.id",
                SessionRecord.class).setParameter(1, campaign).setParameter(2, from(after)).setMaxResults(size)
                .getResultList();
        return new Page<>(items, items.size() < size ? null : items.get(items.size() - 1).id());
    }

    public Page<ShortcomingRecord> shortcomings(String campaignCode, UUID after, int size) {
        Campaign campaign = campaigns.get(campaignCode);
        List<ShortcomingRecord> items = em.createQuery("SELECT new " + ShortcomingRecord.class.getName()
                + "(s.id, s.unitCode, CAST(s.area AS String), CAST(s.status AS String), s.version)"
                + " FROM Shortcoming s WHERE s.session.campaign = ?1 AND s.id > ?2 ORDER BY s.id",
                ShortcomingRecord.class).setParameter(1, campaign).setParameter(2, from(after)).setMaxResults(size)
                .getResultList();
        return new Page<>(items, items.size() < size ? null : items.get(items.size() - 1).id());
    }

    public Page<SelfReviewRecord> selfReviews(String campaignCode, UUID after, int size) {
        Campaign campaign = campaigns.get(campaignCode);
        List<SelfReviewRecord> items = em.createQuery("SELECT new " + SelfReviewRecord.class.getName()
                + "(r.id, r.registryNo, r.unitCode, CAST(r.grading.stage AS String), r.version)"
                + " FROM SelfReview r WHERE r.campaign = ?1 AND r.id > ?2 ORDER BY r.id",
                SelfReviewRecord.class).setParameter(1, campaign).setParameter(2, from(after)).setMaxResults(size)
                .getResultList();
        return new Page<>(items, items.size() < size ? null : items.get(items.size() - 1).id());
    }

    private static UUID from(UUID after) {
        // the database orders uuids by their bytes, unsigned: all zeros comes first
        return after == null ? new UUID(0, 0) : after;
    }
}
