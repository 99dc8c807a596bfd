package vn.tusoi.organization.unit;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

import vn.tusoi.platform.audit.AuditEntries;

/**
 * New units written in one JDBC batch. Hibernate sends the insert of an entity under dirty-field optimistic locking
 * (as {@link OrgUnit} is, for its updates) as a statement of its own: a chunk of 10,000 imported units was 10,000
 * round trips. Here the ids come from the entity's own generator (the sequence blocks persist() uses), the rows go
 * in batches on the transaction's connection, and each unit gets the audit entry persist() would have given it.
 * A failed row fails the transaction as a flush would (a code taken is Hibernate's constraint violation: a 409).
 * The units are not managed afterwards: a change to one in the same transaction must read it first.
 */
@ApplicationScoped
class NewUnitRows {

    private static final String INSERT = "INSERT INTO org_unit (id, code, name, search_text, kind, parent_id, path,"
            + " depth, member_count, valid_from, valid_to, predecessor_codes, notification_emails, email_off, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final AuditEntries audit;

    NewUnitRows(EntityManager em, AuditEntries audit) {
        this.em = em;
        this.audit = audit;
    }

    void insert(List<OrgUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(OrgUnit.class).getGenerator();
        for (OrgUnit unit : units) {
            unit.id = (Long) ids.generate(session, unit, null, EventType.INSERT);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < units.size(); i++) {
                    OrgUnit unit = units.get(i);
                    insert.setLong(1, unit.id);
                    insert.setString(2, unit.code);
                    insert.setString(3, unit.name);
                    insert.setString(4, unit.searchText);
                    insert.setString(5, unit.kind.name());
                    if (unit.parent == null) {
                        insert.setNull(6, Types.BIGINT);
                    } else {
                        insert.setLong(6, unit.parent.id);
                    }
                    insert.setString(7, unit.path);
                    insert.setInt(8, unit.depth);
                    insert.setInt(9, unit.memberCount);
                    insert.setDate(10, Date.valueOf(unit.validFrom));
                    insert.setDate(11, unit.validTo == null ? null : Date.valueOf(unit.validTo));
                    insert.setArray(12, connection.createArrayOf("varchar", unit.predecessorCodes.toArray()));
                    insert.setArray(13, connection.createArrayOf("varchar", unit.notificationEmails.toArray()));
                    insert.setBoolean(14, unit.emailOff);
                    insert.setLong(15, unit.version);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        audit.created(units);
    }
}
