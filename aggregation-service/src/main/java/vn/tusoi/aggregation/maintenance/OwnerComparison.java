package vn.tusoi.aggregation.maintenance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.aggregation.ingest.SelfReviewState;
import vn.tusoi.aggregation.ingest.SessionState;
import vn.tusoi.aggregation.ingest.ShortcomingState;
import vn.tusoi.aggregation.maintenance.ReconciliationReport.RecordDrift;
import vn.tusoi.aggregation.maintenance.ReconciliationReport.Records;
import vn.tusoi.platform.security.PeerService;

/**
 * Compares the session, shortcoming and self-review states the roll-ups were built from with session-service's own records of
 * the campaign, read through its API with the caller's token. Same version, same fields: in step. The owner at a
 * newer version (or a record not yet here): in flight, its event on its way. Same version with other fields, the
 * owner behind, or a record the owner does not have: drift. Off when {@code session.url} is not set.
 */
@ApplicationScoped
public class OwnerComparison {

    static final int PAGE = 5_000;

    private final Optional<String> sessionUrl;
    private final PeerService peers;
    private final ObjectMapper json;

    public OwnerComparison(@ConfigProperty(name = "session.url") Optional<String> sessionUrl, PeerService peers,
            ObjectMapper json) {
        this.sessionUrl = sessionUrl.filter(url -> !url.isBlank());
        this.peers = peers;
        this.json = json;
    }

    /** Inside the reconciliation's snapshot: the stored states are those of its start. */
    public Records compare(EntityManager em, String campaignCode) {
        if (sessionUrl.isEmpty()) {
            return Records.notChecked();
        }
        Tally tally = new Tally();
        Map<String, SessionState> sessions = byId(em.createQuery("SELECT s FROM SessionState s WHERE"
                + " s.campaignCode = ?1", SessionState.class).setParameter(1, campaignCode).getResultList(),
                s -> s.id.toString());
        for (JsonNode owner : records(campaignCode, "sessions")) {
            SessionState stored = sessions.remove(owner.path("id").asText());
            if (tally.inStep("session", owner, stored == null ? null : stored.version)) {
                tally.field("session", owner, "unitCode", stored.unitCode);
                tally.field("session", owner, "status", stored.status);
                tally.field("session", owner, "heldOn", stored.heldOn);
                tally.field("session", owner, "attendanceExpected", stored.attendanceExpected);
                tally.field("session", owner, "attendancePresent", stored.attendancePresent);
            }
        }
        sessions.values().forEach(s -> tally.unknownToOwner("session", s.id.toString(), s.unitCode));
        Map<String, ShortcomingState> shortcomings = byId(em.createQuery("SELECT s FROM ShortcomingState s WHERE"
                + " s.campaignCode = ?1", ShortcomingState.class).setParameter(1, campaignCode).getResultList(),
                s -> s.id.toString());
        for (JsonNode owner : records(campaignCode, "shortcomings")) {
            ShortcomingState stored = shortcomings.remove(owner.path("id").asText());
            if (tally.inStep("shortcoming", owner, stored == null ? null : stored.version)) {
                tally.field("shortcoming", owner, "unitCode", stored.unitCode);
                tally.field("shortcoming", owner, "area", stored.area);
                tally.field("shortcoming", owner, "status", stored.status);
            }
        }
        shortcomings.values().forEach(s -> tally.unknownToOwner("shortcoming", s.id.toString(), s.unitCode));
        Map<String, SelfReviewState> selfReviews = byId(em.createQuery("SELECT r FROM SelfReviewState r WHERE"
                + " r.key.campaignCode = ?1", SelfReviewState.class).setParameter(1, campaignCode).getResultList(),
                r -> r.key.registryNo());
        for (JsonNode owner : records(campaignCode, "self-reviews")) {
            SelfReviewState stored = selfReviews.remove(owner.path("registryNo").asText());
            if (tally.inStep("self-review", owner, stored == null ? null : stored.version)) {
                tally.field("self-review", owner, "unitCode", stored.unitCode);
                tally.field("self-review", owner, "stage", stored.stage);
            }
        }
        selfReviews.values().forEach(r -> tally.unknownToOwner("self-review", r.key.registryNo(), r.unitCode));
        return new Records(true, tally.compared, tally.inFlight, tally.drifted, tally.listed);
    }

    /** Every record of the kind, page by page. */
    private List<JsonNode> records(String campaignCode, String kind) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            String url = sessionUrl.get() + "/api/v1/records/" + kind + "?campaignCode=" + URLEncoder.encode(
                    campaignCode, StandardCharsets.UTF_8) + "&size=" + PAGE + (after == null ? "" : "&after=" + after);
            HttpResponse<String> response = peers.get(url, "campaignCode");
            if (response.statusCode() != 200) {
                throw PeerService.unavailable(url, "campaignCode", "session-service answered "
                        + response.statusCode());
            }
            try {
                JsonNode page = json.readTree(response.body());
                page.path("items").forEach(all::add);
                after = page.hasNonNull("next") ? page.get("next").asText() : null;
            } catch (JsonProcessingException e) {
                throw PeerService.unavailable(url, "campaignCode", "session-service's answer was not JSON");
            }
        } while (after != null);
        return all;
    }

    private static <T> Map<String, T> byId(List<T> states, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        states.forEach(state -> byId.put(id.apply(state), state));
        return byId;
    }

    private static final class Tally {
        long compared;
        long inFlight;
        long drifted;
        final List<RecordDrift> listed = new ArrayList<>();

        /** Whether the versions agree (then the fields are compared); counts in flight and drift otherwise. */
        boolean inStep(String record, JsonNode owner, Long storedVersion) {
            compared++;
            long ownerVersion = owner.path("version").asLong();
            if (storedVersion == null || ownerVersion > storedVersion) {
                inFlight++;
                return false;
            }
            if (ownerVersion < storedVersion) {
                drift(record, owner.path("id").asText(), owner.path("unitCode").asText(), "version",
                        String.valueOf(ownerVersion), String.valueOf(storedVersion));
                return false;
            }
            return true;
        }

        void field(String record, JsonNode owner, String field, Object stored) {
            JsonNode value = owner.get(field);
            String ownerValue = value == null || value.isNull() ? null : value.asText();
            String storedValue = stored == null ? null : stored.toString();
            if (!Objects.equals(ownerValue, storedValue)) {
                drift(record, owner.path("id").asText(), owner.path("unitCode").asText(), field, ownerValue,
                        storedValue);
            }
        }

        void unknownToOwner(String record, String id, String unitCode) {
            compared++;
            drift(record, id, unitCode, "id", null, id);
        }

        private void drift(String record, String id, String unitCode, String field, String owner, String stored) {
            drifted++;
            if (listed.size() < ReconciliationReport.MAX_LISTED) {
                listed.add(new RecordDrift(record, id, unitCode, field, owner, stored));
            }
        }
    }
}
