package vn.tusoi.aggregation.ingest;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the roll-ups need of a campaign: who issued it, which kinds must hold it, by when. */
@Entity
@Table(name = "campaign_info")
public class CampaignInfo extends VersionedState {

    @Id
    public String code;

    @Column(name = "issuing_unit_code", nullable = false)
    public String issuingUnitCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_kinds", nullable = false)
    public List<String> scopeKinds;

    @Column(nullable = false)
    public LocalDate deadline;

    /** The period its grades are for; null from an event before periods: its deadline's year. */
    @Column(name = "grading_period")
    public String gradingPeriod;

    /** OPEN or CLOSED: closing freezes the campaign's roll-ups. */
    @Column(nullable = false)
    public String status = OPEN;

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** The period of the classifications its roll-up counts. */
    public String gradingPeriodCode() {
        return gradingPeriod != null ? gradingPeriod : String.valueOf(deadline.getYear());
    }

    public boolean isClosed() {
        return CLOSED.equals(status);
    }
}
