package vn.tusoi.platform.persistence;

import java.sql.PreparedStatement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * One statement over many rows at once, each parameter a whole column sent as an array ({@code UPDATE ... FROM
 * unnest(?::bigint[], ...)}, {@code INSERT ... SELECT ... FROM unnest(...)}), on the transaction's connection: where
 * Hibernate would send a statement per row. A failure is Hibernate's exception, as at a flush (a key taken is its
 * constraint violation, a 409).
 */
@ApplicationScoped
public class ColumnStatements {

    /** A column's values, sent as an array of the SQL type ({@code bigint}, {@code varchar}, {@code integer}...). */
    public record Column(String sqlType, Object[] values) {
    }

    private final EntityManager em;

    public ColumnStatements(EntityManager em) {
        this.em = em;
    }

    public static Column column(String sqlType, Object[] values) {
        return new Column(sqlType, values);
    }

    /**
     * The text of a one-dimensional SQL array of these strings, each quoted ({@code {"a","b"}}; a null is
     * {@code NULL}): a column whose values are themselves arrays of different lengths goes as text, cast in SQL
     * ({@code CAST(r.ancestors AS varchar[])}), since unnest only takes arrays of one element type and shape.
     */
    public static String arrayLiteral(List<String> values) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String value = values.get(i);
            if (value == null) {
                text.append("NULL");
            } else {
                text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return text.append('}').toString();
    }

    /** Runs the statement, a {@link Column} bound as its array and any other parameter as itself; the rows changed. */
    public int execute(String sql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof Column column) {
                        statement.setArray(i + 1, connection.createArrayOf(column.sqlType(), column.values()));
                    } else {
                        statement.setObject(i + 1, parameters[i]);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }
}
