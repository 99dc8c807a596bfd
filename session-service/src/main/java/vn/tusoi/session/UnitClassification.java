package vn.tusoi.session;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.tusoi.platform.audit.Audited;

/** A unit's quality classification for a year. */
@Audited
@Entity
@Table(name = "unit_classification")
public class UnitClassification {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "year") int year)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Embedded
    public Grading grading;

    @Column(nullable = false)
    public long version;
}
