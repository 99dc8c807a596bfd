package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a unit came from and what it became: the units merged or split into it, and those it went into. */
@Schema(name = "LineageView")
public record Lineage(String code, List<Link> predecessors, List<Link> successors) {

    @Schema(name = "Link")
    public record Link(String code, String change, LocalDate effectiveDate) {
    }
}
