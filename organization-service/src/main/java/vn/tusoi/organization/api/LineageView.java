package vn.tusoi.organization.api;

import java.time.LocalDate;
import java.util.List;

/** Where a unit came from and what it became. */
public record LineageView(String code, List<Link> predecessors, List<Link> successors) {

    public record Link(String code, String change, LocalDate effectiveDate) {
    }
}
