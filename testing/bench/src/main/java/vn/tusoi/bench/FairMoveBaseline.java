package vn.tusoi.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.PostgresServer;

/**
 * The floor a move is measured against: per moved unit, the rows the service writes — its new history version, the
 * previous one closed, the unit's new path, depth and version, its outbox event (a CloudEvent of the same shape) and
 * its audit entry (before and after) — written with plain JDBC batches into organization-service's own schema (the
 * rows {@link FairUnitBaseline} wrote), one transaction per moved subtree as the service commits each move. The
 * subtree is read with one query; no checks, no ORM, no broker.
 */
final class FairMoveBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FairMoveBaseline() {
    }

    /** Moves each unit (and its subtree) under the new parent; returns the number of units moved. */
    static int write(String url, List<String> codes, String newParentCode) throws Exception {
        int moved = 0;
        String today = LocalDate.now().toString();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            connection.setAutoCommit(false);
            String parentPath = path(connection, newParentCode);
            long parentId = id(connection, newParentCode);
            for (String code : codes) {
                moved += move(connection, code, newParentCode, parentId, parentPath, today);
                connection.commit();
            }
        }
        return moved;
    }

    private static int move(Connection connection, String code, String parentCode, long parentId, String parentPath,
            String today)
            throws Exception {
        String oldPath = path(connection, code);
        String newPath = parentPath + code + "/";
        List<Map<String, Object>> subtree = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT u.id, u.code, u.name, u.kind,"
                + " p.code, u.path, u.depth, u.version, u.member_count, u.valid_from FROM org_unit u"
                + " LEFT JOIN org_unit p ON p.id = u.parent_id WHERE u.path LIKE ? ORDER BY u.id")) {
            select.setString(1, oldPath + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> unit = new LinkedHashMap<>();
                    unit.put("id", rows.getLong(1));
                    unit.put("code", rows.getString(2));
                    unit.put("name", rows.getString(3));
                    unit.put("kind", rows.getString(4));
                    unit.put("parentCode", rows.getString(5));
                    unit.put("path", rows.getString(6));
                    unit.put("depth", rows.getInt(7));
                    unit.put("version", rows.getLong(8));
                    unit.put("memberCount", rows.getInt(9));
                    unit.put("validFrom", rows.getDate(10).toString());
                    subtree.add(unit);
                }
            }
        }
        try (PreparedStatement version = connection.prepareStatement("INSERT INTO unit_version (code, version,"
                + " name, kind, parent_code, path, depth, effective_from, dissolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " false)");
                PreparedStatement close = connection.prepareStatement("UPDATE unit_version SET effective_to = ?"
                        + " WHERE code = ? AND version = ?");
                PreparedStatement unit = connection.prepareStatement("UPDATE org_unit SET path = ?, depth = ?,"
                        + " version = ?, parent_id = coalesce(?, parent_id) WHERE id = ? AND version = ?");
                PreparedStatement event = connection.prepareStatement("INSERT INTO outbox_event (topic,"
                        + " message_key, cloud_event, traceparent) VALUES ('org.units', ?, ?, ?)");
                PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (actor, action,"
                        + " record_type, record_key, before, after) VALUES ('bench', 'UPDATE', 'OrgUnit', ?,"
                        + " ?::jsonb, ?::jsonb)")) {
            for (Map<String, Object> before : subtree) {
                Map<String, Object> after = new LinkedHashMap<>(before);
                String path = newPath + ((String) before.get("path")).substring(oldPath.length());
                int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
                long next = (long) before.get("version") + 1;
                after.put("path", path);
                after.put("depth", depth);
                after.put("version", next);
                boolean root = before.get("code").equals(code);
                if (root) {
                    after.put("parentCode", parentCode);
                }
                version.setString(1, (String) before.get("code"));
                version.setLong(2, next);
                version.setString(3, (String) before.get("name"));
                version.setString(4, (String) before.get("kind"));
                version.setString(5, (String) after.get("parentCode"));
                version.setString(6, path);
                version.setInt(7, depth);
                version.setDate(8, Date.valueOf(today));
                version.addBatch();
                close.setDate(1, Date.valueOf(today));
                close.setString(2, (String) before.get("code"));
                close.setLong(3, (long) before.get("version"));
                close.addBatch();
                unit.setString(1, path);
                unit.setInt(2, depth);
                unit.setLong(3, next);
                unit.setObject(4, root ? parentId : null, Types.BIGINT);
                unit.setLong(5, (long) before.get("id"));
                unit.setLong(6, (long) before.get("version"));
                unit.addBatch();
                Map<String, Object> data = new LinkedHashMap<>(after);
                List<String> codes = Arrays.asList(path.substring(1, path.length() - 1).split("/"));
                data.put("ancestors", codes.subList(0, codes.size() - 1));
                event.setString(1, (String) before.get("code"));
                event.setString(2, FairUnitBaseline.cloudEvent((String) before.get("code"), data));
                event.setString(3, null);
                event.addBatch();
                audit.setString(1, String.valueOf(before.get("id")));
                audit.setString(2, JSON.writeValueAsString(before));
                audit.setString(3, JSON.writeValueAsString(after));
                audit.addBatch();
            }
            version.executeBatch();
            close.executeBatch();
            unit.executeBatch();
            event.executeBatch();
            audit.executeBatch();
        }
        return subtree.size();
    }

    private static String path(Connection connection, String code) throws Exception {
        return (String) value(connection, "SELECT path FROM org_unit WHERE code = ?", code);
    }

    private static long id(Connection connection, String code) throws Exception {
        return (long) value(connection, "SELECT id FROM org_unit WHERE code = ?", code);
    }

    private static Object value(Connection connection, String sql, String code) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no unit " + code);
                }
                return rows.getObject(1);
            }
        }
    }
}
