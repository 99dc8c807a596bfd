package vn.tusoi.session.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tusoi.platform.audit.Audited;

/** One target of a unit for a period ("kết nạp 5 đảng viên"), with what was achieved. */
@Audited
@Entity
@Table(name = "indicator")
public class Indicator {

    public enum Direction {
        HIGHER, LOWER
    }

    public enum Status {
        EXCEEDED, MET, NOT_MET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(name = "measure_unit")
    public String measureUnit;

    @Column(nullable = false)
    public BigDecimal target;

    @Column(nullable = false)
    public BigDecimal actual;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /**
     * Actual over target in percent (target over actual when lower is better), never capped: 7 members against a
     * target of 5 is 140 %. Null when lower is better and the actual is zero.
     */
    public BigDecimal attainmentPercent() {
        BigDecimal numerator = direction == Direction.HIGHER ? actual : target;
        BigDecimal denominator = direction == Direction.HIGHER ? target : actual;
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    public Status status() {
        int comparison = actual.compareTo(target);
        if (comparison == 0) {
            return Status.MET;
        }
        boolean better = direction == Direction.HIGHER ? comparison > 0 : comparison < 0;
        return better ? Status.EXCEEDED : Status.NOT_MET;
    }
}
