package vn.tusoi.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The records of a {@link ReplicaWorkload} as the producers publish them: CloudEvents envelopes and their data. */
public final class WorkloadEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkloadEvents() {
    }

    static Map<String, Object> shortcomingData(String id, String sessionId, String campaign, String cell,
            String area, String status, int verified, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "sessionId", sessionId, "campaignCode", campaign,
                "unitCode", cell, "area", area, "status", status, "actionsTotal", 2, "actionsVerified", verified,
                "version", version));
        data.put("carriedFromId", null);
        return data;
    }

    static Map<String, Object> actionData(String id, String shortcomingId, String cell, String status,
            boolean overdue, long version) {
        return Map.of("id", id, "shortcomingId", shortcomingId, "unitCode", cell, "status", status, "dueOn",
                "2024-05-31", "overdue", overdue, "version", version);
    }

    static Map<String, Object> selfReviewData(String campaign, String registryNo, String cell, String stage,
            long version) {
        Map<String, Object> data = new HashMap<>(Map.of("campaignCode", campaign, "registryNo", registryNo,
                "unitCode", cell, "stage", stage, "manifestationsFound", 0, "version", version));
        data.put("selfGrade", "GOOD");
        data.put("decidedGrade", stage.equals("DECIDED") ? "GOOD" : null);
        return data;
    }

    static Map<String, Object> classificationData(String cell, String decided, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("unitCode", cell, "period", "2024", "year", 2024, "stage",
                decided == null ? "SELF_ASSESSED" : "DECIDED", "selfGrade", "GOOD", "version", version));
        data.put("decidedGrade", decided);
        return data;
    }

    static String id(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes()).toString();
    }

    /** A structured CloudEvent as a producer publishes it, on its topic with its key. */
    public static ReplicaWorkload.Event event(String topic, String key, String type, Map<String, Object> data) {
        try {
            return new ReplicaWorkload.Event(topic, key, JSON.writeValueAsString(Map.of("specversion", "1.0", "id",
                    UUID.randomUUID().toString(), "source", "/workload", "type", type, "time",
                    "2024-06-01T00:00:00Z", "data", data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReplicaWorkload.Event unitEvent(String code, String kind, List<String> path, long version, int members) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Đảng bộ " + code);
        data.put("kind", kind);
        data.put("parentCode", path.isEmpty() ? null : path.get(path.size() - 1));
        data.put("ancestors", path);
        data.put("depth", path.size());
        data.put("memberCount", members);
        data.put("validFrom", "2020-01-01");
        data.put("predecessors", List.of());
        data.put("version", version);
        return event("org.units", code, "vn.tusoi.org.unit.changed", data);
    }

    static ReplicaWorkload.Event campaignEvent(String code, String issuer, String deadline) {
        return event("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code, "title",
                "Tự soi, tự sửa", "issuingUnitCode", issuer, "scopeKinds", List.of("CELL"), "startDate",
                "2024-01-01", "deadline", deadline, "status", "OPEN", "version", 1));
    }
}
