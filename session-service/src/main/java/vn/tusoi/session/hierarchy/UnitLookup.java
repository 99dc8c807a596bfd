package vn.tusoi.session.hierarchy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.PeerService;

/**
 * Read-your-writes across services: a unit organization-service has just imported or moved may not have reached
 * this service's copy yet (its event is on its way). Asked about a unit it does not know, or knows in an older
 * version, this service asks organization-service, with the caller's own token, and keeps what it answers as if its
 * event had come (the version decides, as for events). When organization-service cannot be asked, the answer is a
 * 503 to retry, never a 422 calling an existing unit unknown. Off when {@code organization.url} is not set.
 */
@ApplicationScoped
public class UnitLookup {

    private final Optional<String> organizationUrl;
    private final PeerService organization;
    private final ObjectMapper json;
    private final EntityManager em;

    public UnitLookup(@ConfigProperty(name = "organization.url") Optional<String> organizationUrl,
            PeerService organization, ObjectMapper json, EntityManager em) {
        this.organizationUrl = organizationUrl.filter(url -> !url.isBlank());
        this.organization = organization;
        this.json = json;
        this.em = em;
    }

    public boolean enabled() {
        return organizationUrl.isPresent();
    }

    /**
     * Brings the local copy of the unit up to organization-service's current version; false when organization-service
     * does not know it (or the look-up is off).
     */
    public boolean refresh(String code, String field) {
        if (organizationUrl.isEmpty() || code == null) {
            return false;
        }
        String url = organizationUrl.get() + "/api/v1/units/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        HttpResponse<String> response = organization.get(url, field);
        if (response.statusCode() == 404) {
            return false;
        }
        if (response.statusCode() == 403) {
            throw new RuleViolation(403, "out-of-scope", field, "unit " + code + " is outside the units you may read");
        }
        if (response.statusCode() != 200) {
            throw PeerService.unavailable(url, field, "organization-service answered " + response.statusCode());
        }
        try {
            store(List.of(json.readTree(response.body())));
            return true;
        } catch (JsonProcessingException | RuntimeException e) {
            throw PeerService.unavailable(url, field, "organization-service's answer was not a unit");
        }
    }

    /**
     * Brings the local copies of many units up to date in one request; the units organization-service does not have,
     * or will not show the caller, stay unknown here.
     */
    public void refreshAll(Collection<String> codes, String field) {
        if (organizationUrl.isEmpty() || codes.isEmpty()) {
            return;
        }
        String url = organizationUrl.get() + "/api/v1/units/lookup";
        HttpResponse<String> response;
        try {
            response = organization.post(url, json.writeValueAsString(Map.of("codes", codes)), field);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw PeerService.unavailable(url, field, "organization-service answered " + response.statusCode());
        }
        try {
            List<JsonNode> units = new ArrayList<>();
            json.readTree(response.body()).forEach(units::add);
            store(units);
        } catch (JsonProcessingException | RuntimeException e) {
            throw PeerService.unavailable(url, field, "organization-service's answer was not a list of units");
        }
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
