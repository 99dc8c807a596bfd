package vn.tusoi.platform.audit;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.Entity;

import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

import javax.sql.DataSource;
import vn.tusoi.platform.security.Caller;

/**
 * Writes an audit entry for every change to an {@link Audited} entity, in the transaction that makes the change: a
 * change that rolls back leaves no entry, and no change commits without one. One instance per Hibernate session
 * (dependent scope); entries of a flush are written in one JDBC batch after it.
 */
@Dependent
@PersistenceUnitExtension
public class AuditTrail implements Interceptor {

    static final String REDACTED = "(redacted)";
    private static final Map<Class<?>, Set<String>> REDACTED_FIELDS = new ConcurrentHashMap<>();

    private record Pending(String action, Object entity, Object id, Map<String, Object> before,
            Map<String, Object> after) {
    }

    private final List<Pending> pending = new ArrayList<>();
    /** Looked up on first use: the interceptor is created while the session factory is being built. */
    private SessionFactoryImplementor sessionFactory;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (audited(entity)) {
            // the state is read after the flush: fields set after persist() are part of what was inserted
            pending.add(new Pending("CREATE", entity, id, null, null));
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        if (audited(entity)) {
            Map<String, Object> before = state(entity, previousState, propertyNames, types);
            Map<String, Object> after = state(entity, currentState, propertyNames, types);
            if (!Objects.equals(before, after)) {
                pending.add(new Pending("UPDATE", entity, id, before, after));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (audited(entity)) {
            pending.add(new Pending("DELETE", entity, id, state(entity, state, propertyNames, types), null));
        }
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> flushed = List.copyOf(pending);
        pending.clear();
        write(flushed);
    }

    private void write(List<Pending> entries) {
        String actor = actor();
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        // inside the JTA transaction the pool hands out the connection Hibernate is using
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry"
                        + " (actor, action, record_type, record_key, before, after)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            for (Pending entry : entries) {
                Map<String, Object> after = entry.action().equals("CREATE")
                        ? currentState(entry.entity())
                        : entry.after();
                insert.setString(1, actor);
                insert.setString(2, entry.action());
                insert.setString(3, Hibernate.getClass(entry.entity()).getSimpleName());
                insert.setString(4, String.valueOf(entry.id() != null ? entry.id() : identifier(entry.entity())));
                insert.setString(5, entry.before() == null ? null : json.writeValueAsString(entry.before()));
                insert.setString(6, after == null ? null : json.writeValueAsString(after));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    /** The signed-in caller's name, or "system" for changes no request made (events, schedules). */
    private static String actor() {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            Caller caller = Arc.container().instance(Caller.class).get();
            if (caller != null && !caller.name().equals("anonymous")) {
                return caller.name();
            }
        }
        return "system";
    }

    private SessionFactoryImplementor sessionFactory() {
        if (sessionFactory == null) {
            sessionFactory = Arc.container().instance(SessionFactory.class).get()
                    .unwrap(SessionFactoryImplementor.class);
        }
        return sessionFactory;
    }

    private Object identifier(Object entity) {
        return sessionFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private Map<String, Object> currentState(Object entity) {
        EntityPersister persister = sessionFactory().getMappingMetamodel()
                .getEntityDescriptor(Hibernate.getClass(entity));
        return state(entity, persister.getValues(entity), persister.getPropertyNames(), persister.getPropertyTypes());
    }

    private Map<String, Object> state(Object entity, Object[] values, String[] names, Type[] types) {
        Set<String> redacted = REDACTED_FIELDS.computeIfAbsent(Hibernate.getClass(entity),
                AuditTrail::redactedFields);
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object value = values[i];
            if (redacted.contains(names[i])) {
                state.put(names[i], value == null ? null : REDACTED + ", " + value.toString().length() + " characters");
            } else if (types[i].isEntityType()) {
                state.put(names[i], value == null ? null : identifier(value));
            } else if (types[i].isCollectionType()) {
                if (value != null && Hibernate.isInitialized(value)) {
                    state.put(names[i], elements((Collection<?>) value));
                }
            } else {
                state.put(names[i], value);
            }
        }
        return state;
    }

    private List<Object> elements(Collection<?> collection) {
        List<Object> elements = new ArrayList<>(collection.size());
        for (Object element : collection) {
            elements.add(element != null && element.getClass().isAnnotationPresent(Entity.class)
                    ? identifier(element)
                    : element);
        }
        return elements;
    }

    private static boolean audited(Object entity) {
        return Hibernate.getClass(entity).isAnnotationPresent(Audited.class);
    }

    private static Set<String> redactedFields(Class<?> type) {
        Set<String> redacted = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Audited.Redacted.class)) {
                    redacted.add(field.getName());
                }
            }
        }
        return redacted;
    }
}
