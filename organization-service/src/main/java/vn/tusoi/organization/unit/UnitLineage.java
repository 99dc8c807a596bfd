package vn.tusoi.organization.unit;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A predecessor-successor link left by a merge or a split. */
@Entity
@Table(name = "unit_lineage")
public class UnitLineage {

    public enum Change {
        MERGE, SPLIT
    }

    @Embeddable
    public record Key(@Column(name = "predecessor") String predecessor, @Column(name = "successor") String successor)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;
}
