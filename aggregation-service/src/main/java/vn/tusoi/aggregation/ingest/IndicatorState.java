package vn.tusoi.aggregation.ingest;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How many of a unit's indicators for a period were met or exceeded, as session-service last published it. */
@Entity
@Table(name = "indicator_state")
public class IndicatorState extends VersionedState {

    @Embeddable
    public record Key(@Column(name = "unit_code") String unitCode, @Column(name = "period") String period)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int met;

    @Column(nullable = false)
    public int total;
}
