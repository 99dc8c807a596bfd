package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.List;

/** Where a unit came from and what it became: the units merged or split into it, and those it went into. */
public record Lineage(String code, List<Link> predecessors, List<Link> successors) {

    public record Link(String code, String change, LocalDate effectiveDate) {
    }
}
