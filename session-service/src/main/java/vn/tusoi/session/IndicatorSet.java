package vn.tusoi.session;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.tusoi.platform.audit.Audited;

/** The version of a unit's indicators for a period, which are replaced as a whole. */
@Audited
@Entity
@Table(name = "indicator_set")
public class IndicatorSet {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "period") String period)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public long version;
}
