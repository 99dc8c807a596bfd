package vn.tusoi.session.grading;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.platform.audit.Audited;

/** A unit's quality classification for a grading period (a year, a quarter, a term or an occasion). */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "unit_classification")
public class UnitClassification {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "period") String period)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Embedded
    public Grading grading;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
