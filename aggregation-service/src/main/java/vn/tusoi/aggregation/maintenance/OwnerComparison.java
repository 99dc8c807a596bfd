package vn.tusoi.aggregation.maintenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.aggregation.ingest.SelfReviewState;
import vn.tusoi.aggregation.ingest.SessionState;
import vn.tusoi.aggregation.ingest.ShortcomingState;
import vn.tusoi.aggregation.maintenance.ReconciliationReport.RecordDrift;
import vn.tusoi.aggregation.maintenance.ReconciliationReport.Records;
import vn.tusoi.platform.security.PeerCalls;

/**
 * Compares the session, shortcoming and self-review states the roll-ups were built from with session-service's own
 * records of the campaign, read through its API with the caller's token, a page at a time: no transaction is open
 * while session-service is asked, and nothing of the whole campaign is held. Each page of the owner's records is
 * compared with the states stored here for the same records, read just after it; sessions and shortcomings are
 * merged by id, so that a state stored here in the page's range that the owner did not list shows too. Same
 * version, same fields: in step. The owner at a newer version (or a record not yet here): in flight, its event on
 * its way. Same version with other fields, the owner behind, or a record the owner does not have: drift, once the
 * owner's page, asked again, still says so (a change the owner made after its page was read, applied here before the
 * stored states were, is in flight). Off when {@code session.url} is not set.
 */
@ApplicationScoped
public class OwnerComparison {

    static final int PAGE = 5_000;

    private static final String SERVICE = "session-service";

    private final boolean enabled;
    /** Made on first use: none when the look-ups are off (no URL to make it with). */
    private final Instance<SessionRecordsClient> session;
    private final EntityManager em;

    public OwnerComparison(@ConfigProperty(name = "session.url") Optional<String> sessionUrl,
            @RestClient Instance<SessionRecordsClient> session, EntityManager em) {
        this.enabled = sessionUrl.filter(url -> !url.isBlank()).isPresent();
        this.session = session;
        this.em = em;
    }

    /** Outside any transaction: each page's stored states are read in one of their own. */
    public Records compare(String campaignCode) {
        if (!enabled) {
            return Records.notChecked();
        }
        Tally tally = new Tally();
        mergeById(campaignCode, "sessions", "session", SessionState.class, s -> s.id, s -> s.unitCode, s -> s.version,
                (owner, s) -> {
                    tally.field("session", owner, "unitCode", s.unitCode);
                    tally.field("session", owner, "status", s.status);
                    tally.field("session", owner, "heldOn", s.heldOn);
                    tally.field("session", owner, "attendanceExpected", s.attendanceExpected);
                    tally.field("session", owner, "attendancePresent", s.attendancePresent);
                }, tally);
        mergeById(campaignCode, "shortcomings", "shortcoming", ShortcomingState.class, s -> s.id, s -> s.unitCode,
                s -> s.version, (owner, s) -> {
                    tally.field("shortcoming", owner, "unitCode", s.unitCode);
                    tally.field("shortcoming", owner, "area", s.area);
                    tally.field("shortcoming", owner, "status", s.status);
                }, tally);
        compareSelfReviews(campaignCode, tally);
        return new Records(true, tally.compared, tally.inFlight, tally.drifted, tally.listed);
    }

    /** How a stored state's fields are compared with the owner's record, once their versions agree. */
    private interface Fields<S> {
        void compare(JsonNode owner, S stored);
    }

    /**
     * The owner's records page by page, each merged with the states stored here whose ids lie in the page's range
     * (after the previous page's last id, up to its own last, or to the end after the last page).
     */
    private <S> void mergeById(String campaignCode, String kind, String record, Class<S> type,
            Function<S, UUID> id, Function<S, String> unit, Function<S, Long> version, Fields<S> fields,
            Tally tally) {
        String cursor = null;
        do {
            OwnerPage page = page(campaignCode, kind, cursor);
            UUID from = cursor == null ? new UUID(0, 0) : UUID.fromString(cursor);
            UUID to = page.next == null ? null : UUID.fromString(page.next);
            Map<String, S> stored = new HashMap<>();
            QuarkusTransaction.requiringNew().run(() -> {
                var query = em.createQuery("SELECT s FROM " + type.getSimpleName() + " s WHERE s.campaignCode = ?1"
                        + " AND s.id > ?2" + (to == null ? "" : " AND s.id <= ?3"), type)
                        .setParameter(1, campaignCode).setParameter(2, from);
                if (to != null) {
                    query.setParameter(3, to);
                }
                query.getResultList().forEach(s -> stored.put(id.apply(s).toString(), s));
            });
            // the owner behind a state stored here: suspect until the owner, asked again, still says so
            Map<String, S> suspects = new HashMap<>();
            for (JsonNode owner : page.items) {
                S state = stored.remove(owner.path("id").asText());
                if (state != null && owner.path("version").asLong() < version.apply(state)) {
                    suspects.put(owner.path("id").asText(), state);
                } else if (tally.inStep(record, owner, state == null ? null : version.apply(state))) {
                    fields.compare(owner, state);
                }
            }
            // what is left of the stored states was not on the owner's page: suspect too
            suspects.putAll(stored);
            if (!suspects.isEmpty()) {
                Map<String, JsonNode> again = byId(page(campaignCode, kind, cursor).items);
                suspects.forEach((key, state) -> {
                    JsonNode now = again.get(key);
                    if (now == null) {
                        tally.unknownToOwner(record, key, unit.apply(state));
                    } else if (tally.inStep(record, now, version.apply(state))) {
                        fields.compare(now, state);
                    }
                });
            }
            cursor = page.next;
        } while (cursor != null);
    }

    /** Self-reviews are stored here by registry number: each owner page's are looked up by theirs. */
    private void compareSelfReviews(String campaignCode, Tally tally) {
        long matched = 0;
        String cursor = null;
        do {
            OwnerPage page = page(campaignCode, "self-reviews", cursor);
            List<String> numbers = page.items.stream().map(owner -> owner.path("registryNo").asText()).toList();
            Map<String, SelfReviewState> stored = new HashMap<>();
            if (!numbers.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> em.createQuery("SELECT r FROM SelfReviewState r"
                        + " WHERE r.key.campaignCode = ?1 AND r.key.registryNo IN ?2", SelfReviewState.class)
                        .setParameter(1, campaignCode).setParameter(2, numbers).getResultList()
                        .forEach(r -> stored.put(r.key.registryNo(), r)));
            }
            for (JsonNode owner : page.items) {
                SelfReviewState state = stored.get(owner.path("registryNo").asText());
                matched += state == null ? 0 : 1;
                if (tally.inStep("self-review", owner, state == null ? null : state.version)) {
                    tally.field("self-review", owner, "unitCode", state.unitCode);
                    tally.field("self-review", owner, "stage", state.stage);
                }
            }
            cursor = page.next;
        } while (cursor != null);
        long here = QuarkusTransaction.requiringNew().call(() -> em.createQuery("SELECT count(r) FROM"
                + " SelfReviewState r WHERE r.key.campaignCode = ?1", Long.class).setParameter(1, campaignCode)
                .getSingleResult());
        for (long i = matched; i < here; i++) {
            // stored here, never listed by the owner (counted: registry numbers are not the owner's page order)
            tally.unknownToOwner("self-review", null, null);
        }
    }

    /** One page of the owner's records of a kind, after the cursor. */
    private OwnerPage page(String campaignCode, String kind, String after) {
        Response response = PeerCalls.call(SERVICE, "campaignCode", () -> session.get().page(kind, campaignCode, PAGE,
                after));
        if (response.getStatus() != 200) {
            throw PeerCalls.unavailable(SERVICE, "campaignCode", "it answered " + response.getStatus());
        }
        JsonNode page = PeerCalls.read(response, JsonNode.class, SERVICE, "campaignCode");
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return new OwnerPage(items, page.hasNonNull("next") ? page.get("next").asText() : null);
    }

    private record OwnerPage(List<JsonNode> items, String next) {
    }

    private static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> byId = new HashMap<>();
        records.forEach(record -> byId.put(record.path("id").asText(), record));
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
