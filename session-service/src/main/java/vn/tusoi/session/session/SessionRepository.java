package vn.tusoi.session.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.tusoi.platform.query.LikePattern;
import vn.tusoi.session.campaign.Campaign;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ReviewSession, UUID> {

    private static final int SLICE = 1_000;

    public Optional<ReviewSession> find(Campaign campaign, String unitCode) {
        return find("campaign = ?1 and unitCode = ?2", campaign, unitCode).firstResultOptional();
    }

    /** The campaign's sessions of these units, by unit. */
    public Map<String, ReviewSession> ofUnits(Campaign campaign, List<String> unitCodes) {
        Map<String, ReviewSession> byUnit = new HashMap<>();
        for (int from = 0; from < unitCodes.size(); from += SLICE) {
            find("campaign = ?1 and unitCode in ?2", campaign, unitCodes.subList(from, Math.min(unitCodes.size(),
                    from + SLICE))).list().forEach(session -> byUnit.put(session.unitCode, session));
        }
        return byUnit;
    }

    /** The sessions of the units strictly below {@code unitCode}, oldest submission first (never submitted last). */
    public PanacheQuery<ReviewSession> below(String unitCode, SessionFilter filter) {
        StringBuilder units = new StringBuilder("select k.code from KnownUnit k where k.ancestors like :under")
                .append(LikePattern.ESCAPE);
        Parameters parameters = Parameters.with("under", LikePattern.containing("/" + unitCode + "/"));
        if (filter.unitKind() != null) {
            units.append(" and k.kind = :kind");
            parameters.and("kind", filter.unitKind());
        }
        if (filter.parentCode() != null) {
            units.append(" and k.parentCode = :parent");
            parameters.and("parent", filter.parentCode());
        }
        StringBuilder query = new StringBuilder("from ReviewSession s where s.unitCode in (").append(units)
                .append(')');
        if (filter.status() != null) {
            query.append(" and s.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.campaignCode() != null) {
            query.append(" and s.campaign.code = :campaign");
            parameters.and("campaign", filter.campaignCode());
        }
        return find(query.append(" order by s.submittedAt asc nulls last, s.unitCode, s.id").toString(), parameters);
    }

    /** The campaign's sessions, of the units at and under {@code under} when given. */
    public PanacheQuery<ReviewSession> ofCampaign(Campaign campaign, Optional<String> under) {
        if (under.isEmpty()) {
            return find("campaign", Sort.by("unitCode"), campaign);
        }
        return find("campaign = ?1 and (unitCode = ?2 or unitCode in"
                + " (select k.code from KnownUnit k where k.ancestors like ?3" + LikePattern.ESCAPE + "))",
                Sort.by("unitCode"),
                campaign, under.get(), LikePattern.containing("/" + under.get() + "/"));
    }
}
