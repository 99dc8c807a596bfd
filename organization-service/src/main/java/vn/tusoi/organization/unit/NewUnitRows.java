package vn.tusoi.organization.unit;

import java.sql.Date;
import java.sql.Types;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

import vn.tusoi.platform.persistence.NewEntityRows;

/**
 * New units in JDBC batches ({@link NewEntityRows}: Hibernate would insert each alone, {@link OrgUnit} being under
 * dirty-field locking), their ids drawn from the entity's own generator (the sequence blocks persist() uses).
 */
@ApplicationScoped
class NewUnitRows {

    private static final String INSERT = "INSERT INTO org_unit (id, code, name, search_text, kind, parent_id, path,"
            + " depth, member_count, valid_from, valid_to, predecessor_codes, notification_emails, email_off, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final NewEntityRows rows;

    NewUnitRows(EntityManager em, NewEntityRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** Inserts the units, parents listed before their children, and gives each its audit entry. */
    void insert(List<OrgUnit> units) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(OrgUnit.class).getGenerator();
        for (OrgUnit unit : units) {
            unit.id = (Long) ids.generate(session, unit, null, EventType.INSERT);
        }
        rows.insert(INSERT, units, (insert, connection, unit) -> {
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
        });
    }
}
