package vn.tusoi.session.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as organization-service last published it: which cell, whether active; no name. */
@Entity
@Table(name = "known_member")
public class KnownMember {

    static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "registry_no")
    public String registryNo;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public long version;

    boolean activeIn(String unit) {
        return ACTIVE.equals(status) && unitCode.equals(unit);
    }
}
