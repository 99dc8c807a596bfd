package vn.tusoi.organization.rest;

import java.time.LocalDate;

/** A unit as the API shows it. */
public record UnitView(
        String code,
        String name,
        String kind,
        String parentCode,
        String path,
        int depth,
        int memberCount,
        LocalDate validFrom,
        LocalDate validTo) {
}
