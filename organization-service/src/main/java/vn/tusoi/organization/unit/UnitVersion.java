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

/** One state of a unit, in effect from {@code effectiveFrom} until {@code effectiveTo} (exclusive, open if null). */
@Entity
@Table(name = "unit_version")
public class UnitVersion {

    @Embeddable
    public record Key(@Column(name = "code") String code, @Column(name = "version") long version)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int depth;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public boolean dissolved;

    public static UnitVersion of(OrgUnit unit, LocalDate effectiveFrom) {
        UnitVersion version = new UnitVersion();
        version.key = new Key(unit.code, unit.version);
        version.name = unit.name;
        version.kind = unit.kind;
        version.parentCode = unit.parentCode();
        version.path = unit.path;
        version.depth = unit.depth;
        version.effectiveFrom = effectiveFrom;
        version.dissolved = unit.validTo != null;
        return version;
    }
}
