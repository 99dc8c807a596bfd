package vn.tusoi.session.campaign;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    public Optional<Campaign> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
