package vn.tusoi.organization;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of party organisation, with where each may sit in the tree. */
public enum UnitKind {
    PROVINCE, DISTRICT, BLOC, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTIAL_COMMITTEE, CELL;

    /** The kinds a unit of this kind may sit under; empty for a root. */
    public Set<UnitKind> allowedParents() {
        return switch (this) {
            case PROVINCE -> EnumSet.noneOf(UnitKind.class);
            case DISTRICT, BLOC -> EnumSet.of(PROVINCE);
            // since the 2025 reform, grassroots units also sit directly under the province
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> EnumSet.of(PROVINCE, DISTRICT, BLOC);
            case PARTIAL_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
            case CELL -> EnumSet.of(GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE);
        };
    }

    public boolean mayHaveSubUnits() {
        return this != CELL && this != GRASSROOTS_CELL;
    }

    public boolean isRoot() {
        return allowedParents().isEmpty();
    }
}
