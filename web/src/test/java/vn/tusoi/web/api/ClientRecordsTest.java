package vn.tusoi.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The records the front end reads and sends, checked against the OpenAPI documents the services' builds store
 * ({@code target/openapi/openapi.json}): each component of a record is a property of the service's schema, of the
 * same JSON type, and each record inside it checks against the schema the property names. A view renamed, retyped
 * or removed by a service fails here, not in a browser.
 */
class ClientRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> DOCUMENTS = new HashMap<>();

    /** A record of the front end and the schema of a service it mirrors. */
    record Mirror(Class<?> record, String service, String schema) {

        @Override
        public String toString() {
            return record.getName().substring(record.getPackageName().length() + 1) + " ~ " + service + " "
                    + schema;
        }
    }

    static List<Mirror> mirrors() {
        return List.of(
                new Mirror(Unit.class, "organization-service", "UnitView"),
                new Mirror(Campaign.class, "session-service", "CampaignView"),
                new Mirror(Session.class, "session-service", "SessionView"),
                new Mirror(Shortcoming.class, "session-service", "ShortcomingView"),
                new Mirror(SelfReview.class, "session-service", "SelfReviewView"),
                new Mirror(Classification.class, "session-service", "ClassificationView"),
                new Mirror(IndicatorSet.class, "session-service", "IndicatorView"),
                new Mirror(Checklist.class, "session-service", "ChecklistView"),
                new Mirror(ChecklistDiff.class, "session-service", "ChecklistDiff"),
                new Mirror(Decisions.Results.class, "session-service", "DecisionResults"),
                new Mirror(SessionRequest.class, "session-service", "SessionRequest"),
                new Mirror(ShortcomingRequest.class, "session-service", "ShortcomingRequest"),
                new Mirror(Decisions.Request.class, "session-service", "SessionDecisions"),
                new Mirror(Writes.ActionUpdate.class, "session-service", "ActionUpdate"),
                new Mirror(Writes.SelfReviewRequest.class, "session-service", "SelfReviewRequest"),
                new Mirror(Progress.class, "aggregation-service", "ProgressView"),
                new Mirror(Daily.class, "aggregation-service", "DailyView"),
                new Mirror(Laggard.class, "aggregation-service", "LaggardView"),
                new Mirror(Notice.class, "aggregation-service", "NoticeView"),
                new Mirror(Reminders.Request.class, "aggregation-service", "ReminderRequest"),
                new Mirror(Reminders.Outcome.class, "aggregation-service", "ReminderOutcome"),
                new Mirror(Reminders.Unread.class, "aggregation-service", "Unread"),
                new Mirror(Reminders.Escalated.class, "aggregation-service", "EscalatedAction"),
                new Mirror(UnitNotifications.class, "organization-service", "UnitView"),
                new Mirror(Reminders.Schedule.class, "aggregation-service", "ReminderSchedule"),
                new Mirror(UnitNotifications.Settings.class, "organization-service", "NotificationSettingsRequest"));
    }

    @ParameterizedTest
    @MethodSource("mirrors")
    void eachRecordIsWhatItsServiceSays(Mirror mirror) throws IOException {
        JsonNode document = document(mirror.service());
        List<String> mismatches = new ArrayList<>();
        check(mirror.record(), schema(document, mirror.schema()), document, mirror.schema(), mismatches);
        assertEquals(List.of(), mismatches, mirror + " differs from the service's document");
    }

    private static void check(Class<?> record, JsonNode schema, JsonNode document, String path,
            List<String> mismatches) {
        JsonNode properties = resolve(schema, document).path("properties");
        assertTrue(properties.isObject(), path + " has no properties in the document");
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = properties.get(component.getName());
            if (property == null) {
                mismatches.add(at + ": not in the service's schema");
                continue;
            }
            checkType(component.getGenericType(), property, document, at, mismatches);
        }
    }

    private static void checkType(Type type, JsonNode property, JsonNode document, String at,
            List<String> mismatches) {
        JsonNode resolved = resolve(property, document);
        String actual = jsonType(resolved);
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        String expected = expectedType(raw);
        if (!expected.equals(actual)) {
            mismatches.add(at + ": " + expected + " here, " + actual + " in the service");
            return;
        }
        if (raw.isRecord()) {
            check(raw, resolved, document, at, mismatches);
        } else if (type instanceof ParameterizedType parameterized && List.class.isAssignableFrom(raw)) {
            checkType(parameterized.getActualTypeArguments()[0], resolved.path("items"), document, at + "[]",
                    mismatches);
        } else if (type instanceof ParameterizedType parameterized && Map.class.isAssignableFrom(raw)
                && resolved.has("additionalProperties")) {
            checkType(parameterized.getActualTypeArguments()[1], resolved.get("additionalProperties"), document,
                    at + "{}", mismatches);
        }
    }

    private static String expectedType(Class<?> raw) {
        if (raw == String.class || raw == LocalDate.class || raw == OffsetDateTime.class || raw == UUID.class) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "array";
        }
        return "object";
    }

    /** The JSON type a schema gives (an enum is a string; "null" beside a type only says it may be absent). */
    private static String jsonType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("enum") ? "string" : schema.has("properties") ? "object" : "unknown";
    }

    /** The schema a property names ($ref, or the first of allOf/anyOf/oneOf that is not "null"). */
    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                current = schema(document, current.get("$ref").asText().replace("#/components/schemas/", ""));
            } else if (current.has("allOf") || current.has("anyOf") || current.has("oneOf")) {
                JsonNode choices = current.has("allOf")
                        ? current.get("allOf")
                        : current.has("anyOf") ? current.get("anyOf") : current.get("oneOf");
                JsonNode next = null;
                for (JsonNode choice : choices) {
                    if (!"null".equals(choice.path("type").asText())) {
                        next = choice;
                        break;
                    }
                }
                current = next == null ? current : next;
                if (next == null) {
                    break;
                }
            } else {
                break;
            }
        }
        return current;
    }

    private static JsonNode schema(JsonNode document, String name) {
        JsonNode schema = document.path("components").path("schemas").get(name);
        assertTrue(schema != null, "no schema " + name + " in the service's document");
        return schema;
    }

    /** The document a service's build stored; the services build before the front end. */
    private static synchronized JsonNode document(String service) throws IOException {
        JsonNode cached = DOCUMENTS.get(service);
        if (cached == null) {
            Path file = Path.of("..", service, "target", "openapi", "openapi.json");
            assertTrue(Files.exists(file), file.toAbsolutePath().normalize() + " is missing: build " + service
                    + " first (./mvnw install -pl " + service + ")");
            cached = JSON.readTree(file.toFile());
            DOCUMENTS.put(service, cached);
        }
        return cached;
    }
}
