package vn.tusoi.aggregation.service;

import java.util.Set;

import vn.tusoi.aggregation.UnitNode;

/**
 * Who is reading: a national administrator reads everything; anyone else reads the subtree of the unit their token
 * names, and nothing else.
 */
public record Reader(Set<String> roles, String unitCode) {

    static final String ADMIN = "admin";

    public boolean mayRead(UnitNode unit) {
        if (roles.contains(ADMIN)) {
            return true;
        }
        return unitCode != null && (unit.code.equals(unitCode) || unit.ancestors.contains(unitCode));
    }
}
