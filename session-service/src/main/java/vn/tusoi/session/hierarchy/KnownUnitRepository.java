package vn.tusoi.session.hierarchy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KnownUnitRepository implements PanacheRepositoryBase<KnownUnit, String> {
}
