package vn.tusoi.session.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.platform.audit.Audited;

/** A checklist (NQ 04's 27 manifestations, QĐ 37's 19 points) by its id, and which of its versions is current. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "checklist")
public class Checklist {

    public static final String DEFAULT = "NQ04-27";

    @Id
    public String id;

    /**
     * The current version's number, raised by each version published; the update checks the value it was read
     * with, so two administrators publishing at once cannot both make version n + 1: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
