package vn.tusoi.session.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
        return page(SessionRecord.class, "s.id, s.unitCode, CAST(s.status AS String), s.heldOn,"
                + " s.attendanceExpected, s.attendancePresent, s.version", "ReviewSession s WHERE s.campaign",
                campaignCode, after, size, SessionRecord::id);
    }

    public Page<ShortcomingRecord> shortcomings(String campaignCode, UUID after, int size) {
        return page(ShortcomingRecord.class, "s.id, s.unitCode, CAST(s.area AS String), CAST(s.status AS String),"
                + " s.version", "Shortcoming s WHERE s.session.campaign", campaignCode, after, size,
                ShortcomingRecord::id);
    }

    public Page<SelfReviewRecord> selfReviews(String campaignCode, UUID after, int size) {
        return page(SelfReviewRecord.class, "s.id, s.registryNo, s.unitCode, CAST(s.grading.stage AS String),"
                + " s.version", "SelfReview s WHERE s.campaign", campaignCode, after, size, SelfReviewRecord::id);
    }

    /** One page of a campaign's records ({@code s}, filtered by {@code campaignOf} = the campaign), by id. */
    private <T> Page<T> page(Class<T> record, String fields, String campaignOf, String campaignCode, UUID after,
            int size, Function<T, UUID> id) {
        Campaign campaign = campaigns.get(campaignCode);
        List<T> items = em.createQuery("SELECT new " + record.getName() + "(" + fields + ") FROM " + campaignOf
                + " = ?1 AND s.id > ?2 ORDER BY s.id", record).setParameter(1, campaign)
                .setParameter(2, from(after)).setMaxResults(size).getResultList();
        return new Page<>(items, items.size() < size ? null : id.apply(items.get(items.size() - 1)));
    }

    private static UUID from(UUID after) {
        // the database orders uuids by their bytes, unsigned: all zeros comes first
        return after == null ? new UUID(0, 0) : after;
    }
}
