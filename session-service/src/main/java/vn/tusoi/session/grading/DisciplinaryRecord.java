package vn.tusoi.session.grading;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tusoi.platform.audit.Audited;

/** A disciplinary decision against a unit (no registry number) or a member of it, for a year. */
@Audited
@Entity
@Table(name = "disciplinary_record")
public class DisciplinaryRecord {

    @Id
    public UUID id;

    /** The unit disciplined, or the member's cell. */
    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "registry_no")
    public String registryNo;

    @Column(nullable = false)
    public int year;

    @Column(name = "decision_reference", nullable = false)
    public String decisionReference;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public long version;
}
