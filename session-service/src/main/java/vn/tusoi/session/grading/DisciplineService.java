package vn.tusoi.session.grading;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.MemberDirectory;
import vn.tusoi.session.hierarchy.UnitDirectory;

/** Disciplinary decisions, recorded by the committees above a unit (audited), read where grades are decided. */
@ApplicationScoped
@Transactional
public class DisciplineService {

    private final EntityManager em;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final Access access;

    public DisciplineService(EntityManager em, UnitDirectory units, MemberDirectory members, Access access) {
        this.em = em;
        this.units = units;
        this.members = members;
        this.access = access;
    }

    /** Records the decision: by a committee above the unit; a member's must be an active member of that cell. */
    public DisciplinaryRecord record(Discipline discipline) {
        units.requireActive(discipline.unitCode(), "unitCode");
        access.requireSupervises(discipline.unitCode(), "unitCode");
        if (discipline.registryNo() != null) {
            members.requireActiveIn(discipline.registryNo(), discipline.unitCode(), "registryNo", false);
        }
        DisciplinaryRecord record = new DisciplinaryRecord();
        record.id = UUID.randomUUID();
        record.unitCode = discipline.unitCode();
        record.registryNo = discipline.registryNo();
        record.year = discipline.year();
        record.decisionReference = discipline.decisionReference().strip();
        record.decidedOn = discipline.decidedOn();
        record.version = 1;
        em.persist(record);
        return record;
    }

    /** The decisions recorded at a unit (its own and its members'), of a year or of every year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisciplinaryRecord> at(String unitCode, Integer year) {
        access.requireSupervises(unitCode, "unitCode");
        String order = " ORDER BY d.year DESC, d.decidedOn DESC";
        if (year == null) {
            return em.createQuery("SELECT d FROM DisciplinaryRecord d WHERE d.unitCode = ?1" + order,
                    DisciplinaryRecord.class).setParameter(1, unitCode).getResultList();
        }
        return em.createQuery("SELECT d FROM DisciplinaryRecord d WHERE d.unitCode = ?1 AND d.year = ?2" + order,
                DisciplinaryRecord.class).setParameter(1, unitCode).setParameter(2, year).getResultList();
    }
}
