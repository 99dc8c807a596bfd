package vn.tusoi.session.period;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.tusoi.platform.audit.Audited;

/**
 * A grading "when needed" (QĐ 366: khi cần thiết) that a committee declares: a code, a title and its days. It never
 * changes once declared, as the grades given for it keep its days.
 */
@Entity
@Immutable
@Audited
@Table(name = "grading_occasion")
public class GradingOccasion {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "issuing_unit_code", nullable = false)
    public String issuingUnitCode;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    public GradingPeriod period() {
        return new GradingPeriod(code, GradingPeriod.Kind.OCCASION, firstDay, lastDay);
    }
}
