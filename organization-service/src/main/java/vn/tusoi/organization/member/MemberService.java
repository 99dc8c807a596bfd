package vn.tusoi.organization.member;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.platform.rest.RuleViolation;

/** One member: read, and moved to another cell (the two cells' counts follow). */
@ApplicationScoped
@Transactional
public class MemberService {

    private final EntityManager em;
    private final OrgUnitRepository units;
    private final MemberChanges changes;
    private final Access access;

    public MemberService(EntityManager em, OrgUnitRepository units, MemberChanges changes, Access access) {
        this.em = em;
        this.units = units;
        this.changes = changes;
        this.access = access;
    }

    /** Moves a member to another cell. */
    public Member transfer(String registryNo, String unitCode) {
        Member member = get(registryNo);
        access.requireCaptures(member.unit, "registryNo");
        OrgUnit cell = units.findByCode(unitCode).orElseThrow(
                () -> new RuleViolation(422, "unit-unknown", "unitCode", "unknown unit " + unitCode));
        access.requireCaptures(cell, "unitCode");
        String problem = MemberRows.cellProblem(cell);
        if (problem != null) {
            throw new RuleViolation(422, "member-unit-not-a-cell", "unitCode", problem);
        }
        if (member.unit.id.equals(cell.id)) {
            return member;
        }
        List<OrgUnit> touched = List.of(member.unit, cell);
        member.unit = cell;
        member.version++;
        changes.published(member);
        changes.recount(touched);
        return member;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Member get(String registryNo) {
        Member member = em.find(Member.class, registryNo);
        if (member == null) {
            throw RuleViolation.notFound("member", registryNo);
        }
        access.requireSees(member.unit, "registryNo");
        return member;
    }
}
