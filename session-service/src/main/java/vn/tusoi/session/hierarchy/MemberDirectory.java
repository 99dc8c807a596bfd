package vn.tusoi.session.hierarchy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.PeerCalls;
import vn.tusoi.session.events.MemberChanged;

/**
 * The local copy of the members: applies member events (newest version wins) and tells whether a registry number is
 * an active member of a cell. Read-your-writes as for units ({@link UnitLookup}): a member this copy does not know in
 * that cell (imported or moved a moment ago) is asked of organization-service with the caller's token, and its
 * answer kept as the event of that version would be. Off when {@code organization.url} is not set.
 */
@ApplicationScoped
public class MemberDirectory {

    private final EntityManager em;
    private final UnitLookup lookup;
    /** Made on first use: none when the look-ups are off (no URL to make it with). */
    private final Instance<OrganizationClient> organization;

    public MemberDirectory(EntityManager em, UnitLookup lookup, @RestClient Instance<OrganizationClient> organization) {
        this.em = em;
        this.lookup = lookup;
        this.organization = organization;
    }

    /** Applies the events in order; a version at or below the stored one was already applied and is ignored. */
    @Transactional
    public void apply(List<MemberChanged> events) {
        for (MemberChanged event : events) {
            KnownMember member = em.find(KnownMember.class, event.registryNo());
            if (member != null && member.version >= event.version()) {
                continue;
            }
            boolean isNew = member == null;
            if (isNew) {
                member = new KnownMember();
                member.registryNo = event.registryNo();
            }
            member.unitCode = event.unitCode();
            member.status = event.status();
            member.version = event.version();
            if (isNew) {
                em.persist(member);
            }
        }
    }

    /**
     * Refuses (422 naming the field) a registry number that is not an active member of the unit. Where this copy does
     * not know the member at all, the member's own token vouches for them (the identity provider gave it the number
     * and the cell); anyone else's word is checked with organization-service.
     */
    public void requireActiveIn(String registryNo, String unitCode, String field, boolean ownToken) {
        KnownMember member = em.find(KnownMember.class, registryNo);
        if (member != null && member.activeIn(unitCode) || member == null && ownToken) {
            return;
        }
        if (refresh(registryNo, field)) {
            if (member != null) {
                em.refresh(member);
            } else {
                member = em.find(KnownMember.class, registryNo);
            }
            if (member != null && member.activeIn(unitCode)) {
                return;
            }
        }
        throw new RuleViolation(422, "not-a-member-of-unit", field,
                registryNo + " is not an active member of unit " + unitCode);
    }

    /** Brings the local copy up to organization-service's version; false when it cannot tell (or does not know). */
    private boolean refresh(String registryNo, String field) {
        if (!lookup.enabled()) {
            return false;
        }
        Response response = PeerCalls.call(UnitLookup.SERVICE, field, () -> organization.get().member(registryNo));
        if (response.getStatus() == 404 || response.getStatus() == 403) {
            // unknown, or outside the caller's units: in neither case a member of a cell the caller may write
            return false;
        }
        if (response.getStatus() != 200) {
            throw PeerCalls.unavailable(UnitLookup.SERVICE, field, "it answered " + response.getStatus());
        }
        JsonNode member = PeerCalls.read(response, JsonNode.class, UnitLookup.SERVICE, field);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO known_member (registry_no, unit_code, status, version) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (registry_no) DO UPDATE SET unit_code = EXCLUDED.unit_code,
                    status = EXCLUDED.status, version = EXCLUDED.version
                WHERE known_member.version < EXCLUDED.version""")
                .setParameter(1, member.path("registryNo").asText())
                .setParameter(2, member.path("unitCode").asText())
                .setParameter(3, member.path("status").asText())
                .setParameter(4, member.path("version").asLong()).executeUpdate());
        return true;
    }
}
