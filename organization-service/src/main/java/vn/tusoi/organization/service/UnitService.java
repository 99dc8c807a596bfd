package vn.tusoi.organization.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import vn.tusoi.organization.OrgUnit;
import vn.tusoi.organization.SearchText;
import vn.tusoi.organization.UnitKind;
import vn.tusoi.organization.UnitLineage;
import vn.tusoi.organization.UnitVersion;
import vn.tusoi.organization.repository.OrgUnitRepository;
import vn.tusoi.organization.rest.LineageView;
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
        OrgUnit unit = units.findByCode(code).orElseThrow(() -> RuleViolation.notFound("unit", code));
        access.requireSees(unit, "code");
        return unit;
    }

    public UnitVersion asOf(String code, LocalDate date) {
        get(code);
        return history.asOf(code, date)
                .orElseThrow(() -> new RuleViolation(404, "unit-not-existing-then", "asOf", "unit " + code
                        + " did not exist on " + date));
    }

    public Page<UnitVersion> childrenAsOf(String code, LocalDate date, int page, int size) {
        asOf(code, date);
        return new Page<>(history.childrenAsOf(code, date, page, size), page, size,
                history.countChildrenAsOf(code, date));
    }

    public LineageView lineage(String code) {
        get(code);
        List<UnitLineage> links = em.createQuery(
                "SELECT l FROM UnitLineage l WHERE l.key.predecessor = ?1 OR l.key.successor = ?1"
                        + " ORDER BY l.effectiveDate, l.key.predecessor, l.key.successor",
                UnitLineage.class).setParameter(1, code).getResultList();
        return new LineageView(code,
                links.stream().filter(l -> l.key.successor().equals(code)).map(l -> new LineageView.Link(
                        l.key.predecessor(), l.change.name(), l.effectiveDate)).toList(),
                links.stream().filter(l -> l.key.predecessor().equals(code)).map(l -> new LineageView.Link(
                        l.key.successor(), l.change.name(), l.effectiveDate)).toList());
    }

    public Page<OrgUnit> children(String code, int page, int size) {
        return Page.of(units.children(get(code)), page, size);
    }

    public Page<OrgUnit> search(String text, String kindName, String underCode, int page, int size) {
        UnitKind kind = kindName == null ? null : UnitImportService.parseKind(kindName);
        if (kindName != null && kind == null) {
            throw new RuleViolation(400, "unit-kind-unknown", "kind", "not a unit kind: " + kindName);
        }
        // without "under", a caller who is not a national administrator searches their own units
        String under = underCode != null ? underCode : access.caller().viewRoot().orElse(null);
        String underPath = under == null ? null : get(under).path;
        return Page.of(units.search(SearchText.fold(text == null ? "" : text), kind, underPath), page, size);
    }

    /** One page of a query, with the total. */
    public record Page<T>(List<T> items, int page, int size, long total) {
        static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
            return new Page<>(query.page(page, size).list(), page, size, query.count());
        }
    }
}
