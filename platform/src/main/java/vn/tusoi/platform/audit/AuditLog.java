package vn.tusoi.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;

/** Reads the audit log; nothing here or anywhere in the API changes it. */
@ApplicationScoped
public class AuditLog {

    public record Filter(String recordType, String recordKey, String actor, OffsetDateTime since) {
    }

    public record Entry(long id, OffsetDateTime at, String actor, String action, String recordType,
            String recordKey, JsonNode before, JsonNode after) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    public AuditLog(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Page<Entry> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (filter.recordType() != null) {
            where.append(" AND record_type = ?");
            parameters.add(filter.recordType());
        }
        if (filter.recordKey() != null) {
            where.append(" AND record_key = ?");
            parameters.add(filter.recordKey());
        }
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            parameters.add(filter.actor());
        }
        if (filter.since() != null) {
            where.append(" AND at >= ?");
            parameters.add(filter.since());
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT count(*) FROM audit_entry" + where,
                    parameters); ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<Entry> items = new ArrayList<>();
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(page.size());
            paged.add((long) page.offset());
            try (PreparedStatement select = prepare(connection, "SELECT id, at, actor, action, record_type,"
                    + " record_key, before, after FROM audit_entry" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                    paged); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new Entry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), parse(rows.getString(7)),
                            parse(rows.getString(8))));
                }
            }
            return Page.of(page, items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry holds invalid JSON", e);
        }
    }
}
