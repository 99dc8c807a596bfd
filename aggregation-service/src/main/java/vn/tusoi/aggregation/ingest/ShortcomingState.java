package vn.tusoi.aggregation.ingest;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shortcoming's area and status as session-service last published them. */
@Entity
@Table(name = "shortcoming_state")
public class ShortcomingState extends VersionedState {

    @Id
    public UUID id;

    @Column(name = "campaign_code", nullable = false)
    public String campaignCode;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String area;

    @Column(nullable = false)
    public String status;

    /** It comes back after one of the unit's in the same area in an earlier review. */
    @Column(nullable = false)
    public boolean recurring;
}
