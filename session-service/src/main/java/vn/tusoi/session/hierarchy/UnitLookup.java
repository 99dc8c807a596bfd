package vn.tusoi.session.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.PeerCalls;

/**
 * Read-your-writes across services: a unit organization-service has just imported or moved may not have reached
 * this service's copy yet (its event is on its way). Asked about a unit it does not know, or knows in an older
 * version, this service asks organization-service, with the caller's own token, and keeps what it answers as if its
 * event had come (the version decides, as for events). When organization-service cannot be asked, the answer is a
 * 503 to retry, never a 422 calling an existing unit unknown. Off when {@code organization.url} is not set.
 */
@ApplicationScoped
public class UnitLookup {

    static final String SERVICE = "organization-service";

    private final boolean enabled;
    /** Made on first use: none when the look-ups are off (no URL to make it with). */
    private final Instance<OrganizationClient> organization;
    private final EntityManager em;

    public UnitLookup(@ConfigProperty(name = "organization.url") Optional<String> organizationUrl,
            @RestClient Instance<OrganizationClient> organization, EntityManager em) {
        this.enabled = organizationUrl.filter(url -> !url.isBlank()).isPresent();
        this.organization = organization;
        this.em = em;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Brings the local copy of the unit up to organization-service's current version; false when organization-service
     * does not know it (or the look-up is off).
     */
    public boolean refresh(String code, String field) {
        if (!enabled || code == null) {
            return false;
        }
        Response response = PeerCalls.call(SERVICE, field, () -> organization.get().unit(code));
        if (response.getStatus() == 404) {
            return false;
        }
        if (response.getStatus() == 403) {
            throw new RuleViolation(403, "out-of-scope", field, "unit " + code + " is outside the units you may read");
        }
        if (response.getStatus() != 200) {
            throw PeerCalls.unavailable(SERVICE, field, "it answered " + response.getStatus());
        }
        store(List.of(PeerCalls.read(response, JsonNode.class, SERVICE, field)));
        return true;
    }

    /**
     * Brings the local copies of many units up to date in one request; the units organization-service does not have,
     * or will not show the caller, stay unknown here.
     */
    public void refreshAll(Collection<String> codes, String field) {
        if (!enabled || codes.isEmpty()) {
            return;
        }
        Response response = PeerCalls.call(SERVICE, field,
                () -> organization.get().units(Map.of("codes", List.copyOf(codes))));
        if (response.getStatus() != 200) {
            throw PeerCalls.unavailable(SERVICE, field, "it answered " + response.getStatus());
        }
        List<JsonNode> units = new ArrayList<>();
        PeerCalls.read(response, JsonNode.class, SERVICE, field).forEach(units::add);
        store(units);
    }

    /** Kept as the unit events of those versions would keep them (only over an older version), in one transaction. */
    private void store(List<JsonNode> units) {
        QuarkusTransaction.requiringNew().run(() -> units.forEach(this::upsert));
    }

    private void upsert(JsonNode unit) {
        String code = unit.path("code").asText();
        String path = unit.path("path").asText();
        String ancestors = path.substring(0, path.length() - code.length() - 1);
        em.createNativeQuery("""
                INSERT INTO known_unit (code, kind, parent_code, ancestors, valid_to, version)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
                    ancestors = EXCLUDED.ancestors, valid_to = EXCLUDED.valid_to, version = EXCLUDED.version
                WHERE known_unit.version < EXCLUDED.version""")
                .setParameter(1, code).setParameter(2, unit.path("kind").asText())
                .setParameter(3, unit.hasNonNull("parentCode") ? unit.get("parentCode").asText() : null)
                .setParameter(4, ancestors)
                .setParameter(5, unit.hasNonNull("validTo") ? LocalDate.parse(unit.get("validTo").asText()) : null)
                .setParameter(6, unit.path("version").asLong()).executeUpdate();
    }
}
