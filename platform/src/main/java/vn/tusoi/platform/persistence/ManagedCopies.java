package vn.tusoi.platform.persistence;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The entities this transaction already holds of rows a service changed with a statement of its own (not through
 * the entities): each is read again, so that nothing later in the transaction works from its old state, nor does the
 * flush check its old values and fail.
 */
@ApplicationScoped
public class ManagedCopies {

    private final EntityManager em;

    public ManagedCopies(EntityManager em) {
        this.em = em;
    }

    /** Refreshes the managed entities of the type with these identifiers; rows the transaction does not hold cost nothing. */
    public void refresh(Class<?> type, Collection<?> ids) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        PersistenceContext context = session.getPersistenceContextInternal();
        for (Object id : ids) {
            Object entity = context.getEntity(session.generateEntityKey(id, persister));
            if (entity != null) {
                em.refresh(entity);
            }
        }
    }
}
