package vn.tusoi.session.indicator;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;

import vn.tusoi.platform.audit.Audited;

/** The version of a unit's indicators for a period, which are replaced as a whole. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "indicator_set")
public class IndicatorSet {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "period") String period)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;
}
