package vn.tusoi.session.hierarchy;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit as organization-service last published it; used to check unit codes and campaign scope locally. */
@Entity
@Table(name = "known_unit")
public class KnownUnit {

    @Id
    public String code;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    /** Ancestors' codes, root first, as {@code /HT/HT-DT/}. */
    @Column(nullable = false)
    public String ancestors;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public long version;

    /** The codes of the units above, root first. */
    public List<String> ancestorCodes() {
        return ancestors == null || ancestors.length() <= 1
                ? List.of()
                : List.of(ancestors.substring(1, ancestors.length() - 1).split("/"));
    }

    public boolean isUnder(String ancestorCode) {
        return ancestors.contains("/" + ancestorCode + "/");
    }
}
