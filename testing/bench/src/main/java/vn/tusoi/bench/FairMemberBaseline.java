package vn.tusoi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.PostgresServer;

/**
 * The floor a member import is measured against, after {@link FairUnitBaseline} wrote the tree: the rows the service
 * writes per new member in its own cell — the member, its outbox event and audit entry, the cell's count and version
 * raised, the cell's outbox event and audit entry — with plain JDBC batches into organization-service's schema,
 * committed every {@code perCommit} members as each import request commits.
 */
final class FairMemberBaseline {

    private static final int BATCH = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FairMemberBaseline() {
    }

    static void write(String url, List<Map<String, String>> units, NationalTree tree, int members, int perCommit)
            throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            ids.put(units.get(i).get("code"), i + 1L);
        }
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            connection.setAutoCommit(false);
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO member (registry_no,"
                    + " full_name, unit_id, status, version) VALUES (?, ?, ?, 'ACTIVE', 1)");
                    PreparedStatement cell = connection.prepareStatement("UPDATE org_unit SET member_count ="
                            + " member_count + 1, version = version + 1 WHERE id = ?");
                    PreparedStatement event = connection.prepareStatement("INSERT INTO outbox_event (topic,"
                            + " message_key, cloud_event) VALUES (?, ?, ?)");
                    PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (actor, action,"
                            + " record_type, record_key, before, after) VALUES ('bench', ?, ?, ?, ?::jsonb,"
                            + " ?::jsonb)")) {
                for (int i = 0; i < members; i++) {
                    String registryNo = "DV" + i;
                    String cellCode = tree.cell(i);
                    long cellId = ids.get(cellCode);
                    member.setString(1, registryNo);
                    member.setString(2, "Nguyễn Văn " + NationalTree.name(i));
                    member.setLong(3, cellId);
                    member.addBatch();
                    cell.setLong(1, cellId);
                    cell.addBatch();
                    Map<String, Object> memberData = Map.of("registryNo", registryNo, "unitCode", cellCode,
                            "status", "ACTIVE", "version", 1);
                    event(event, "org.members", registryNo, memberData);
                    event(event, "org.units", cellCode, Map.of("code", cellCode, "memberCount", 1, "version", 2));
                    audit(audit, "CREATE", "Member", registryNo, null, memberData);
                    audit(audit, "UPDATE", "OrgUnit", String.valueOf(cellId), Map.of("memberCount", 0, "version", 1),
                            Map.of("memberCount", 1, "version", 2));
                    if (i % BATCH == BATCH - 1 || i == members - 1) {
                        member.executeBatch();
                        cell.executeBatch();
                        event.executeBatch();
                        audit.executeBatch();
                    }
                    if (i % perCommit == perCommit - 1) {
                        connection.commit();
                    }
                }
            }
            connection.commit();
        }
    }

    private static void event(PreparedStatement event, String topic, String key, Map<String, Object> data)
            throws Exception {
        event.setString(1, topic);
        event.setString(2, key);
        event.setString(3, FairUnitBaseline.cloudEvent(key, data));
        event.addBatch();
    }

    private static void audit(PreparedStatement audit, String action, String type, String key,
            Map<String, Object> before, Map<String, Object> after) throws Exception {
        audit.setString(1, action);
        audit.setString(2, type);
        audit.setString(3, key);
        audit.setString(4, before == null ? null : JSON.writeValueAsString(before));
        audit.setString(5, JSON.writeValueAsString(after));
        audit.addBatch();
    }
}
