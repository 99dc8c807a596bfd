package vn.tusoi.organization.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import vn.tusoi.organization.OrgUnit;
import vn.tusoi.organization.SearchText;
import vn.tusoi.organization.repository.OrgUnitRepository;

/** Reads of the hierarchy. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitService {

    private final OrgUnitRepository units;

    public UnitService(OrgUnitRepository units) {
        this.units = units;
    }

    public OrgUnit get(String code) {
        return units.findByCode(code).orElseThrow(() -> RuleViolation.notFound("unit", code));
    }

    public Page<OrgUnit> children(String code, int page, int size) {
        return Page.of(units.children(get(code)), page, size);
    }

    public Page<OrgUnit> search(String text, int page, int size) {
        return Page.of(units.search(SearchText.fold(text == null ? "" : text)), page, size);
    }

    /** One page of a query, with the total. */
    public record Page<T>(List<T> items, int page, int size, long total) {
        static <T> Page<T> of(PanacheQuery<T> query, int page, int size) {
            return new Page<>(query.page(page, size).list(), page, size, query.count());
        }
    }
}
