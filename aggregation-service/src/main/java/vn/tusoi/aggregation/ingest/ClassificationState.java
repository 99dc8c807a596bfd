package vn.tusoi.aggregation.ingest;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A unit's classification for a period as session-service last published it: the grade once decided. */
@Entity
@Table(name = "classification_state")
public class ClassificationState extends VersionedState {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "period") String period)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "decided_grade")
    public String decidedGrade;
}
