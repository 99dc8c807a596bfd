package vn.tusoi.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.tusoi.platform.audit.AuditEntries;

/**
 * New entities inserted as JDBC batches of one statement, where Hibernate would send a statement per row: it batches
 * no insert of an entity under dirty-field optimistic locking ({@code @OptimisticLocking(DIRTY)}, kept for the
 * entity's updates), so an import of 10,000 such rows was 10,000 round trips. The rows go on the transaction's
 * connection, in the order given (parents first), and each {@code @Audited} entity gets the audit entry persist()
 * would have given it. A failed row fails as a flush would: Hibernate's exception (a key taken is its constraint
 * violation, a 409). The entities are not managed afterwards: a change to one in the same transaction reads it first.
 */
@ApplicationScoped
public class NewEntityRows {

    /** Sets one entity's values on the insert. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement insert, Connection connection, T entity) throws SQLException;
    }

    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final AuditEntries audit;

    public NewEntityRows(EntityManager em, AuditEntries audit) {
        this.em = em;
        this.audit = audit;
    }

    public <T> void insert(String insertSql, List<T> entities, Binder<T> binder) {
        if (entities.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                for (int i = 0; i < entities.size(); i++) {
                    binder.bind(insert, connection, entities.get(i));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        audit.created(entities);
    }
}
