package vn.tusoi.web.forms;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** The fixed choices the forms offer, as the services name them (their words come from Labels). */
@TemplateGlobal
public final class Choices {

    /** Kinds of session. */
    public static final List<String> kinds = List.of("THEMATIC", "ANNUAL_REVIEW", "MID_TERM_REVIEW");

    /** Areas of a shortcoming. */
    public static final List<String> areas = List.of("PARTY_BUILDING", "LEADERSHIP", "ECONOMY", "CULTURE_SOCIETY",
            "DEFENCE_SECURITY", "INSPECTION_SUPERVISION", "MASS_MOBILISATION", "LAND_ENVIRONMENT", "OTHER");

    /** Kinds of unit, from the top down. */
    public static final List<String> unitKinds = List.of("PROVINCE", "DISTRICT", "BLOC", "GRASSROOTS_COMMITTEE",
            "GRASSROOTS_CELL", "PARTIAL_COMMITTEE", "CELL");

    /** Grades of a self-review or a classification, from the best. */
    public static final List<String> grades = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

    private Choices() {
    }
}
