package vn.tusoi.organization.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.paging.Pages;
import vn.tusoi.platform.query.LikePattern;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    private static final int IN_LIST_CHUNK = 1000;

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<OrgUnit> findByCodes(Collection<String> codes) {
        List<String> all = List.copyOf(codes);
        List<OrgUnit> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            found.addAll(list("code in ?1", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK))));
        }
        return found;
    }

    /** The sub-units in existence (dissolved ones are read as of an earlier date). */
    public PanacheQuery<OrgUnit> children(OrgUnit parent) {
        return find("parent = ?1 and validTo is null", Sort.by("code"), parent);
    }

    public boolean hasChildren(OrgUnit unit) {
        return count("parent", unit) > 0;
    }

    public List<OrgUnit> activeChildren(OrgUnit unit) {
        return list("parent = ?1 and validTo is null", Sort.by("code"), unit);
    }

    /**
     * One page of the units whose folded code and name contain the text, optionally of one kind and under one unit's
     * path, shallowest first, with the number of all of them counted in the same statement.
     */
    public Page<OrgUnit> search(String foldedText, UnitKind kind, String underPath, PageRequest page) {
        StringBuilder matching = new StringBuilder(
                " from OrgUnit u where u.id in (select s.unitId from UnitSearchEntry s"
                        + " where s.searchText like :text")
                .append(LikePattern.ESCAPE).append(") and u.validTo is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", LikePattern.containing(foldedText));
        if (kind != null) {
            matching.append(" and u.kind = :kind");
            parameters.put("kind", kind);
        }
        if (underPath != null) {
            matching.append(" and u.path like :under").append(LikePattern.ESCAPE);
            parameters.put("under", LikePattern.startingWith(underPath));
        }
        EntityManager em = getEntityManager();
        TypedQuery<Object[]> rows = em.createQuery(
                "select u, count(*) over ()" + matching + " order by u.depth, u.code",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(*)" + matching, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Pages.withTotal(rows, OrgUnit.class, count::getSingleResult, page);
    }
}
