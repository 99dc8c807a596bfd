package vn.tusoi.aggregation.ingest;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** That a member has written their self-review for a campaign, and in which unit: no content. */
@Entity
@Table(name = "self_review_state")
public class SelfReviewState extends VersionedState {

    @Embeddable
    public record Key(@Column(name = "campaign_code") String campaignCode,
            @Column(name = "registry_no") String registryNo) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String stage;

    /** The grade the committee decided for the member, once decided: counted in the members' grades. */
    @Column(name = "decided_grade")
    public String decidedGrade;
}
