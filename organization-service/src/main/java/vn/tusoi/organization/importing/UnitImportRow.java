package vn.tusoi.organization.importing;

import java.time.LocalDate;

/**
 * One row of a bulk unit import, as a provincial system sends it; {@code validFrom}, when the unit was established,
 * defaults to the day of the import.
 */
public record UnitImportRow(String code, String name, String kind, String parentCode, LocalDate validFrom) {
}
