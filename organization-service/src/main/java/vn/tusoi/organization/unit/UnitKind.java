package vn.tusoi.organization.unit;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of party organisation, with where each may sit in the tree. */
public enum UnitKind {
    CENTRAL, PROVINCE, DISTRICT, BLOC, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTIAL_COMMITTEE, CELL;

    /** The kinds a unit of this kind may sit under. */
    public Set<UnitKind> allowedParents() {
        return switch (this) {
            // the Central Committee (Trung ương), when the tree has it, is the one unit above the provinces
            case CENTRAL -> EnumSet.noneOf(UnitKind.class);
            case PROVINCE -> EnumSet.of(CENTRAL);
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

    /** May sit at the top of the tree: the Central Committee, or a province in a tree without one. */
    public boolean mayBeRoot() {
        return this == CENTRAL || this == PROVINCE;
    }
}
