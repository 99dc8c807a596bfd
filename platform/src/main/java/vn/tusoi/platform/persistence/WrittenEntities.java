package vn.tusoi.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

import vn.tusoi.platform.audit.AuditEntries;

/**
 * Managed entities whose changes a service wrote itself, in one set-based statement, where Hibernate would send an
 * update per entity (it batches none under dirty-field locking). {@link #written} records the changes as a flush
 * would have: their audit entries, and Hibernate's snapshot of each moved to its current state, so that the flush
 * does not write them a second time. The statement must have checked what the flush would have checked (each changed
 * column's loaded value), and failed as a lost race where a row had moved on.
 */
@ApplicationScoped
public class WrittenEntities {

    private final EntityManager em;
    private final AuditEntries audit;

    public WrittenEntities(EntityManager em, AuditEntries audit) {
        this.em = em;
        this.audit = audit;
    }

    public void written(List<?> entities) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        List<EntityEntry> entries = new ArrayList<>(entities.size());
        List<Object[]> loaded = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
            if (entry == null) {
                throw new IllegalArgumentException("not managed in this transaction: " + entity);
            }
            entries.add(entry);
            loaded.add(entry.getLoadedState());
        }
        audit.updated(entities, loaded);
        for (int i = 0; i < entities.size(); i++) {
            EntityEntry entry = entries.get(i);
            entry.postUpdate(entities.get(i), entry.getPersister().getValues(entities.get(i)), entry.getVersion());
        }
    }
}
