package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.tusoi.platform.audit.Audited;

/**
 * A frame of criteria a score sheet follows: its groups, each with the most points it gives, 100 in all (QĐ 366's
 * scale). A frame is never changed once published, as the score sheets made against it keep its maxima: a
 * province's revised appendix is a new frame.
 */
@Entity
@Immutable
@Audited
@Table(name = "criteria_frame")
public class CriteriaFrame {

    public static final String DEFAULT = "QD366-2-NHOM";

    public record Group(
            @NotBlank @Size(max = 16) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*") String code,
            @NotBlank @Size(max = 500) String title,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal maxPoints) {
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

    /** What the frame says, as the API gives and takes it. */
    public CriteriaFrameContent content() {
        return new CriteriaFrameContent(id, title, document, groups);
    }
}
