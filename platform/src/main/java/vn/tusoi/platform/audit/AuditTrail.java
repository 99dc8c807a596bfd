package vn.tusoi.platform.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.Dependent;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Writes an audit entry for every change to an {@link Audited} entity, in the transaction that makes the change: a
 * change that rolls back leaves no entry, and no change commits without one. One instance per Hibernate session
 * (dependent scope); entries of a flush are written in one JDBC batch after it ({@link AuditEntries}).
 */
@Dependent
@PersistenceUnitExtension
public class AuditTrail implements Interceptor {

    private final List<AuditEntries.Entry> pending = new ArrayList<>();
    /** Looked up on first use: the interceptor is created while the session factory is being built. */
    private AuditEntries entries;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (AuditEntries.audited(entity)) {
            // the state is read after the flush: fields set after persist() are part of what was inserted
            pending.add(new AuditEntries.Entry("CREATE", entity, id, null, null));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        if (AuditEntries.audited(entity)) {
            Map<String, Object> before = entries().state(entity, previousState, propertyNames, types);
            Map<String, Object> after = entries().state(entity, currentState, propertyNames, types);
            if (!Objects.equals(before, after)) {
                pending.add(new AuditEntries.Entry("UPDATE", entity, id, before, after));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (AuditEntries.audited(entity)) {
            pending.add(new AuditEntries.Entry("DELETE", entity, id,
                    entries().state(entity, state, propertyNames, types), null));
        }
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        if (pending.isEmpty()) {
            return;
        }
        List<AuditEntries.Entry> flushed = List.copyOf(pending);
        pending.clear();
        entries().write(flushed);
    }

    private AuditEntries entries() {
        if (entries == null) {
            entries = Arc.container().instance(AuditEntries.class).get();
        }
        return entries;
    }
}
