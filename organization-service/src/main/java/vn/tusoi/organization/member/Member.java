package vn.tusoi.organization.member;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.platform.audit.Audited;

/** A party member, as the member registry knows them; they belong to a cell. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "member")
public class Member {

    public enum Status {
        ACTIVE, INACTIVE
    }

    @Id
    @Column(name = "registry_no")
    public String registryNo;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
