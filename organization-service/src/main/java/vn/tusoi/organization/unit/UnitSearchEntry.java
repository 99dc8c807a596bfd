package vn.tusoi.organization.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The search text of a current unit, in a table of its own under the trigram index, so that updating a unit's row
 * (a move rewrites the paths of thousands) does not re-enter its text there. The database keeps it (migration V8's
 * triggers, on every unit added and every write of its search text or end date); the service only reads it.
 */
@Entity
@Immutable
@Table(name = "unit_search")
public class UnitSearchEntry {

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "search_text", nullable = false)
    public String searchText;
}
