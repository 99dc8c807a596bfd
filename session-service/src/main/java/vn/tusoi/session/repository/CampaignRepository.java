package vn.tusoi.session.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.tusoi.session.Campaign;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    public Optional<Campaign> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
