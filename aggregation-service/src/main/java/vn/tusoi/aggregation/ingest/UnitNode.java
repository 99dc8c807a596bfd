package vn.tusoi.aggregation.ingest;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit of the hierarchy as organization-service last published it. */
@Entity
@Table(name = "unit_node")
public class UnitNode extends VersionedState {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    /** Codes from the root down to the parent. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> ancestors;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    /** The units merged into this one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> predecessors = List.of();

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Where the unit's notices are e-mailed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notification_emails", nullable = false)
    public List<String> notificationEmails = List.of();

    /** The unit's officers turned its e-mail off. */
    @Column(name = "email_off", nullable = false)
    public boolean emailOff;
}
