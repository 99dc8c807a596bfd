package vn.tusoi.platform.audit;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;

import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;

import javax.sql.DataSource;
import vn.tusoi.platform.security.Caller;

/**
 * The audit entries of {@link Audited} entities: their state as an entry shows it (redacted fields replaced, other
 * entities by their identifiers) and one JDBC batch per group of entries, on the transaction's connection. The
 * {@link AuditTrail} writes the entries of what Hibernate flushes; {@link #created} those of rows a service inserts
 * in a batch of its own.
 */
@ApplicationScoped
@Unremovable // the trail looks it up; a service that injects it nowhere would otherwise lose it at build
public class AuditEntries {

    private static final String REDACTED = "(redacted)";
    private static final Map<Class<?>, Set<String>> REDACTED_FIELDS = new ConcurrentHashMap<>();

    /** One entry; a CREATE's state is read when it is written (fields set after persist() are part of it). */
    record Entry(String action, Object entity, Object id, Map<String, Object> before, Map<String, Object> after) {
    }

    private final ObjectMapper json;
    private final DataSource dataSource;
    private final SessionFactory sessions;

    public AuditEntries(ObjectMapper json, DataSource dataSource, SessionFactory sessions) {
        this.json = json;
        this.dataSource = dataSource;
        this.sessions = sessions;
    }

    /**
     * CREATE entries for new entities inserted without {@code persist()} (a batched insert of new rows), the same
     * entries the trail writes for persisted ones; in the caller's transaction.
     */
    public void created(Collection<?> entities) {
        List<Entry> entries = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            if (audited(entity)) {
                entries.add(new Entry("CREATE", entity, null, null, null));
            }
        }
        write(entries);
    }

    /**
     * UPDATE entries for managed entities whose changes a service wrote with a statement of its own (a set-based
     * update): each from the state Hibernate loaded (same position in {@code loadedStates}) to its current state;
     * none for an entity in which nothing differs.
     */
    public void updated(List<?> entities, List<Object[]> loadedStates) {
        List<Entry> entries = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Object entity = entities.get(i);
            if (audited(entity)) {
                EntityPersister persister = persister(entity);
                Map<String, Object> before = state(entity, loadedStates.get(i), persister.getPropertyNames(),
                        persister.getPropertyTypes());
                Map<String, Object> after = currentState(entity);
                if (!before.equals(after)) {
                    entries.add(new Entry("UPDATE", entity, null, before, after));
                }
            }
        }
        write(entries);
    }

    /**
     * UPDATE entries for rows a service read and wrote with statements of its own, each given as two copies of its
     * entity that Hibernate does not manage: its state as read ({@code before}) and as written ({@code after}, same
     * position); none for a row in which nothing differs.
     */
    public void changed(List<?> before, List<?> after) {
        List<Entry> entries = new ArrayList<>(before.size());
        for (int i = 0; i < before.size(); i++) {
            if (audited(before.get(i))) {
                Map<String, Object> was = currentState(before.get(i));
                Map<String, Object> is = currentState(after.get(i));
                if (!was.equals(is)) {
                    entries.add(new Entry("UPDATE", after.get(i), null, was, is));
                }
            }
        }
        write(entries);
    }

    void write(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String actor = actor();
        // inside the JTA transaction the pool hands out the connection Hibernate is using
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry"
                        + " (actor, action, record_type, record_key, before, after)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            for (Entry entry : entries) {
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

    /** The entity's state as an entry records it. */
    Map<String, Object> state(Object entity, Object[] values, String[] names, Type[] types) {
        Set<String> redacted = REDACTED_FIELDS.computeIfAbsent(Hibernate.getClass(entity),
                AuditEntries::redactedFields);
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

    static boolean audited(Object entity) {
        return Hibernate.getClass(entity).isAnnotationPresent(Audited.class);
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

    private SessionFactoryImplementor factory() {
        return sessions.unwrap(SessionFactoryImplementor.class);
    }

    private Object identifier(Object entity) {
        return factory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private EntityPersister persister(Object entity) {
        return factory().getMappingMetamodel().getEntityDescriptor(Hibernate.getClass(entity));
    }

    private Map<String, Object> currentState(Object entity) {
        EntityPersister persister = persister(entity);
        return state(entity, persister.getValues(entity), persister.getPropertyNames(), persister.getPropertyTypes());
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
