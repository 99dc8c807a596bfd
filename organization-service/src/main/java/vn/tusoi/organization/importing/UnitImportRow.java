package vn.tusoi.organization.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a bulk unit import, as a provincial system sends it; {@code validFrom}, when the unit was established,
 * defaults to the day of the import; {@code notificationEmails}, where its notices are e-mailed, are kept as they are
 * when the row has none.
 */
public record UnitImportRow(String code, String name, String kind, String parentCode, LocalDate validFrom,
        List<String> notificationEmails) {

    public UnitImportRow(String code, String name, String kind, String parentCode, LocalDate validFrom) {
        this(code, name, kind, parentCode, validFrom, null);
    }
}
