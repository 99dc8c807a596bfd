package vn.tusoi.organization.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

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

    /** Units whose folded code and name contain the text, optionally of one kind and under one unit's path. */
    public PanacheQuery<OrgUnit> search(String foldedText, UnitKind kind, String underPath) {
        StringBuilder query = new StringBuilder("id in (select s.unitId from UnitSearchEntry s"
                + " where s.searchText like :text").append(LikePattern.ESCAPE).append(") and validTo is null");
        Parameters parameters = Parameters.with("text", LikePattern.containing(foldedText));
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (underPath != null) {
            query.append(" and path like :under").append(LikePattern.ESCAPE);
            parameters.and("under", LikePattern.startingWith(underPath));
        }
        return find(query.toString(), Sort.by("depth").and("code"), parameters);
    }
}
