package vn.tusoi.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.PostgresServer;

/**
 * The floor a unit import is measured against: the rows the service writes per unit — the unit, its first history
 * version, its outbox event (a CloudEvent of the same shape) and its audit entry — written with plain JDBC batches
 * into organization-service's own schema (migrated by the service, every index and constraint in place), committed
 * every {@value #CHUNK} units as the streamed import commits. No checks, no ORM, no broker: what is left is the
 * database's work.
 */
final class FairUnitBaseline {

    private static final int CHUNK = 10_000;
    private static final int BATCH = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FairUnitBaseline() {
    }

    static void write(String url, List<Map<String, String>> units) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        LocalDate today = LocalDate.now();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            connection.setAutoCommit(false);
            try (PreparedStatement unit = connection.prepareStatement("INSERT INTO org_unit (id, code, name,"
                    + " search_text, kind, parent_id, path, depth, valid_from, version) VALUES (?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, 1)");
                    PreparedStatement version = connection.prepareStatement("INSERT INTO unit_version (code,"
                            + " version, name, kind, parent_code, path, depth, effective_from, dissolved)"
                            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, false)");
                    PreparedStatement event = connection.prepareStatement("INSERT INTO outbox_event (topic,"
                            + " message_key, cloud_event, traceparent) VALUES ('org.units', ?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (actor, action,"
                            + " record_type, record_key, after) VALUES ('bench', 'CREATE', 'OrgUnit', ?, ?::jsonb)")) {
                for (int i = 0; i < units.size(); i++) {
                    Map<String, String> row = units.get(i);
                    String code = row.get("code");
                    String parentCode = row.get("parentCode");
                    long id = i + 1;
                    String path = (parentCode == null ? "/" : paths.get(parentCode)) + code + "/";
                    int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
                    ids.put(code, id);
                    paths.put(code, path);
                    unit.setLong(1, id);
                    unit.setString(2, code);
                    unit.setString(3, row.get("name"));
                    unit.setString(4, fold(code + " " + row.get("name")));
                    unit.setString(5, row.get("kind"));
                    unit.setObject(6, parentCode == null ? null : ids.get(parentCode));
                    unit.setString(7, path);
                    unit.setInt(8, depth);
                    unit.setDate(9, Date.valueOf(today));
                    unit.addBatch();
                    version.setString(1, code);
                    version.setString(2, row.get("name"));
                    version.setString(3, row.get("kind"));
                    version.setString(4, parentCode);
                    version.setString(5, path);
                    version.setInt(6, depth);
                    version.setDate(7, Date.valueOf(today));
                    version.addBatch();
                    Map<String, Object> data = new HashMap<>(row);
                    data.put("path", path);
                    data.put("depth", depth);
                    data.put("version", 1);
                    data.put("validFrom", today.toString());
                    event.setString(1, code);
                    event.setString(2, cloudEvent(code, data));
                    event.setString(3, null);
                    event.addBatch();
                    audit.setString(1, String.valueOf(id));
                    audit.setString(2, JSON.writeValueAsString(data));
                    audit.addBatch();
                    if (i % BATCH == BATCH - 1 || i == units.size() - 1) {
                        unit.executeBatch();
                        version.executeBatch();
                        event.executeBatch();
                        audit.executeBatch();
                    }
                    if (i % CHUNK == CHUNK - 1) {
                        connection.commit();
                    }
                }
            }
            connection.commit();
        }
    }

    /** A CloudEvent of the shape the service's outbox writes (Outbox.record), as JSON. */
    static String cloudEvent(String key, Map<String, Object> data) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(), "source",
                "/organization-service", "type", "vn.tusoi.org.changed", "subject", key, "time",
                OffsetDateTime.now().toString(), "datacontenttype", "application/json", "data", data));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
