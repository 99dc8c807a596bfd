package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A frame of criteria a score sheet follows: its groups, each with the most points it gives. */
@Entity
@Immutable
@Table(name = "criteria_frame")
public class CriteriaFrame {

    public static final String DEFAULT = "QD366-2-NHOM";

    public record Group(String code, String title, BigDecimal maxPoints) {
    }

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String document;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Group> groups;
}
