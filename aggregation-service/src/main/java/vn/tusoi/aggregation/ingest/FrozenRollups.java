package vn.tusoi.aggregation.ingest;

import static vn.tusoi.platform.persistence.ColumnStatements.arrayLiteral;
import static vn.tusoi.platform.persistence.ColumnStatements.column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.aggregation.events.FrozenRollup;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.persistence.ColumnStatements;

/** The roll-ups frozen when their campaign was closed: written once, never changed, read by unit and by parent. */
@ApplicationScoped
public class FrozenRollups {

    private static final String INSERT = """
            INSERT INTO frozen_rollup (campaign_code, unit_code, parent_code, ancestors, frozen_at, rollup)
            SELECT r.campaign_code, r.unit_code, r.parent_code, CAST(r.ancestors AS varchar(64)[]),
                   CAST(r.frozen_at AS timestamptz), r.rollup
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[], ?::text[])
                 AS r(campaign_code, unit_code, parent_code, ancestors, frozen_at, rollup)
            ON CONFLICT (campaign_code, unit_code) DO NOTHING""";
    private static final String ROLLUPS = "SELECT rollup FROM frozen_rollup";

    /**
     * A campaign's frozen roll-ups as their events' keys ({@link FrozenRollup#messageKey}) and data, for
     * {@link vn.tusoi.platform.outbox.Outbox#recordSelected}.
     */
    public static final String EVENTS = "SELECT campaign_code || '|' || unit_code AS key, rollup AS data"
            + " FROM frozen_rollup WHERE campaign_code = ?";

    private final EntityManager em;
    private final ColumnStatements statements;
    private final ObjectMapper objectMapper;

    public FrozenRollups(EntityManager em, ColumnStatements statements, ObjectMapper objectMapper) {
        this.em = em;
        this.statements = statements;
        // events may carry fields this consumer does not know yet: the contracts let producers add them
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Stores these frozen roll-ups, each as its JSON, in one statement; one already frozen for the same campaign and
     * unit stays as it is.
     */
    public void save(List<FrozenRollup> rollups) {
        List<String> json = rollups.stream().map(this::json).toList();
        if (!rollups.isEmpty()) {
            statements.execute(INSERT,
                    column("varchar", rollups.stream().map(FrozenRollup::campaignCode).toArray()),
                    column("varchar", rollups.stream().map(FrozenRollup::unitCode).toArray()),
                    column("varchar", rollups.stream().map(FrozenRollup::parentCode).toArray()),
                    column("text", rollups.stream().map(rollup -> arrayLiteral(rollup.ancestors())).toArray()),
                    column("text", rollups.stream().map(rollup -> rollup.frozenAt().toString()).toArray()),
                    column("text", json.toArray()));
        }
    }

    public boolean exists(String campaignCode) {
        return !em.createNativeQuery("SELECT 1 FROM frozen_rollup WHERE campaign_code = ?1 LIMIT 1")
                .setParameter(1, campaignCode).getResultList().isEmpty();
    }

    public Optional<FrozenRollup> find(String campaignCode, String unitCode) {
        List<FrozenRollup> found = query(ROLLUPS + " WHERE campaign_code = ? AND unit_code = ?", campaignCode,
                unitCode);
        return found.stream().findFirst();
    }

    /** The frozen roll-ups of the units that were the parent's direct children when the campaign was closed. */
    public Page<FrozenRollup> children(String campaignCode, String parentCode, PageRequest request) {
        List<FrozenRollup> items = query(ROLLUPS + " WHERE campaign_code = ? AND parent_code = ? ORDER BY unit_code"
                + " LIMIT " + request.size() + " OFFSET " + request.offset(), campaignCode, parentCode);
        long total = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM frozen_rollup WHERE campaign_code = ?1 AND parent_code = ?2")
                .setParameter(1, campaignCode).setParameter(2, parentCode).getSingleResult()).longValue();
        return Page.of(request, items, total);
    }

    private List<FrozenRollup> query(String sql, String... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> read(connection, sql, parameters));
    }

    private List<FrozenRollup> read(Connection connection, String sql, String... parameters) throws SQLException {
        List<FrozenRollup> rollups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rollups.add(rollup(rows.getString(1)));
                }
            }
        }
        return rollups;
    }

    private String json(FrozenRollup rollup) {
        try {
            return objectMapper.writeValueAsString(rollup);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roll-up could not be written as JSON", e);
        }
    }

    private FrozenRollup rollup(String json) {
        try {
            return objectMapper.readValue(json, FrozenRollup.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen roll-up could not be read", e);
        }
    }
}
