package vn.tusoi.session.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import vn.tusoi.session.KnownUnit;

@ApplicationScoped
public class KnownUnitRepository implements PanacheRepositoryBase<KnownUnit, String> {
}
