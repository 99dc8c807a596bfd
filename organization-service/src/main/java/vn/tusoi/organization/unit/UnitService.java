package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.rest.RuleViolation;

/** Reads of the hierarchy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitService {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final EntityManager em;
    private final Access access;

    public UnitService(OrgUnitRepository units, UnitHistory history, EntityManager em, Access access) {
        this.access = access;
        this.units = units;
        this.history = history;
        this.em = em;
    }

    public OrgUnit get(String code) {
        OrgUnit unit = units.findByCode(code).orElseThrow(
                () -> access.caller().unknownUnit(code, "code", "read", RuleViolation.notFound("unit", code)));
        access.requireSees(unit, "code");
        return unit;
    }

    /**
     * The units of these codes the caller may read, in no particular order; a code that does not exist and one
     * outside the caller's units are both left out.
     */
    public List<OrgUnit> lookup(Collection<String> codes) {
        return units.findByCodes(codes.stream().distinct().toList()).stream().filter(access::sees).toList();
    }

    public UnitVersion asOf(String code, LocalDate date) {
        get(code);
        return history.asOf(code, date)
                .orElseThrow(() -> new RuleViolation(404, "unit-not-existing-then", "asOf", "unit " + code
                        + " did not exist on " + date));
    }

    public Page<UnitVersion> childrenAsOf(String code, LocalDate date, PageRequest page) {
        asOf(code, date);
        return Page.of(page, history.childrenAsOf(code, date, page), history.countChildrenAsOf(code, date));
    }

    public Lineage lineage(String code) {
        get(code);
        List<UnitLineage> links = em.createQuery(
                "SELECT l FROM UnitLineage l WHERE l.key.predecessor = ?1 OR l.key.successor = ?1"
                        + " ORDER BY l.effectiveDate, l.key.predecessor, l.key.successor",
                UnitLineage.class).setParameter(1, code).getResultList();
        return new Lineage(code,
                links.stream().filter(l -> l.key.successor().equals(code)).map(l -> new Lineage.Link(
                        l.key.predecessor(), l.change.name(), l.effectiveDate)).toList(),
                links.stream().filter(l -> l.key.predecessor().equals(code)).map(l -> new Lineage.Link(
                        l.key.successor(), l.change.name(), l.effectiveDate)).toList());
    }

    public Page<OrgUnit> children(String code, PageRequest page) {
        return Pages.of(units.children(get(code)), page);
    }

    public Page<OrgUnit> search(String text, String kindName, String underCode, PageRequest page) {
        UnitKind kind = kindName == null ? null : NestingRules.parseKind(kindName);
        if (kindName != null && kind == null) {
            throw new RuleViolation(400, "unit-kind-unknown", "kind", "not a unit kind: " + kindName);
        }
        // without "under", a caller who is not a national administrator searches their own units
        String under = underCode != null ? underCode : access.caller().viewRoot().orElse(null);
        String underPath = under == null ? null : get(under).path;
        return units.search(SearchText.fold(text == null ? "" : text), kind, underPath, page);
    }
}
