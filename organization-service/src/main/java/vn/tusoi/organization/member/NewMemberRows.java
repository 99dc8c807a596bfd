package vn.tusoi.organization.member;

import java.sql.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.tusoi.platform.persistence.NewEntityRows;

/** New members in JDBC batches ({@link NewEntityRows}: Hibernate would insert each alone, under dirty locking). */
@ApplicationScoped
class NewMemberRows {

    private static final String INSERT = "INSERT INTO member (registry_no, full_name, unit_id, role, status,"
            + " joined_on, version) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final NewEntityRows rows;

    NewMemberRows(NewEntityRows rows) {
        this.rows = rows;
    }

    /** Inserts the members (their cells saved already) and gives each its audit entry. */
    void insert(List<Member> members) {
        rows.insert(INSERT, members, (insert, connection, member) -> {
            insert.setString(1, member.registryNo);
            insert.setString(2, member.fullName);
            insert.setLong(3, member.unit.id);
            insert.setString(4, member.role);
            insert.setString(5, member.status.name());
            insert.setDate(6, member.joinedOn == null ? null : Date.valueOf(member.joinedOn));
            insert.setLong(7, member.version);
        });
    }
}
