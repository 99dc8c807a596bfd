package vn.tusoi.session.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import vn.tusoi.session.Campaign;
import vn.tusoi.session.ReviewSession;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ReviewSession, UUID> {

    public Optional<ReviewSession> find(Campaign campaign, String unitCode) {
        return find("campaign = ?1 and unitCode = ?2", campaign, unitCode).firstResultOptional();
    }

    public PanacheQuery<ReviewSession> ofCampaign(Campaign campaign) {
        return find("campaign", Sort.by("unitCode"), campaign);
    }
}
