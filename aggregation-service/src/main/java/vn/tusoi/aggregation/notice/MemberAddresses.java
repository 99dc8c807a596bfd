package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Addresses the members' own notices once they are recorded: the member's addresses from the identity provider
 * become the notice's e-mails (then sent like any other, {@link MailSender}). A batch of notices is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas address each notice once; a member without an account or a
 * verified address is addressed with no e-mail (the notice stays in their inbox); while the identity provider does
 * not answer, the notices wait and are addressed by a later run.
 */
@ApplicationScoped
public class MemberAddresses {

    private static final Logger LOG = Logger.getLogger(MemberAddresses.class);

    private final EntityManager em;
    private final MemberDirectory directory;
    private final QuietHours quietHours;
    private final NoticeClock clock;
    private final int batch;

    public MemberAddresses(EntityManager em, MemberDirectory directory, QuietHours quietHours, NoticeClock clock,
            @ConfigProperty(name = "notices.member-directory.batch", defaultValue = "100") int batch) {
        this.em = em;
        this.directory = directory;
        this.quietHours = quietHours;
        this.clock = clock;
        this.batch = batch;
    }

    /** What a batch did: notices addressed, and whether the directory failed before the batch's end. */
    private record Addressed(int notices, boolean interrupted) {
    }

    /** Addresses the notices waiting for it; returns how many were addressed. */
    public int addressDue() {
        int total = 0;
        Addressed done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::addressBatch);
            total += done.notices();
        } while (!done.interrupted() && done.notices() == batch);
        return total;
    }

    private Addressed addressBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("SELECT id, registry_no FROM notice"
                + " WHERE registry_no IS NOT NULL AND addressed_at IS NULL ORDER BY created_at, id LIMIT ?1"
                + " FOR UPDATE SKIP LOCKED").setParameter(1, batch).getResultList();
        Instant now = clock.now();
        Map<String, List<String>> addresses = new HashMap<>();
        int addressed = 0;
        for (Object[] row : waiting) {
            UUID notice = (UUID) row[0];
            String registryNo = (String) row[1];
            List<String> to;
            try {
                to = directory.enabled() ? addresses.computeIfAbsent(registryNo, directory::addressesOf) : List.of();
            } catch (MemberDirectory.DirectoryUnavailable e) {
                LOG.warnf("members' notices wait for their addresses: %s", e.getMessage());
                return new Addressed(addressed, true);
            }
            for (String address : to) {
                em.createNativeQuery("INSERT INTO notice_mail (notice_id, address, status, attempts, not_before)"
                        + " VALUES (?1, ?2, 'PENDING', 0, ?3) ON CONFLICT DO NOTHING").setParameter(1, notice)
                        .setParameter(2, address).setParameter(3, quietHours.firstSendable(now)).executeUpdate();
            }
            em.createNativeQuery("UPDATE notice SET addressed_at = ?2 WHERE id = ?1").setParameter(1, notice)
                    .setParameter(2, now).executeUpdate();
            addressed++;
        }
        return new Addressed(addressed, false);
    }
}
