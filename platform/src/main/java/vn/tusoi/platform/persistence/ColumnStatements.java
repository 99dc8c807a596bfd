package vn.tusoi.platform.persistence;

import java.sql.PreparedStatement;

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
