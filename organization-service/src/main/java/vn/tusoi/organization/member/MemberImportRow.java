package vn.tusoi.organization.member;

import java.time.LocalDate;

/** A member as the registry sends them (JSON, or a CSV line with these column names); status defaults to ACTIVE. */
public record MemberImportRow(String registryNo, String fullName, String unitCode, String role, String status,
        LocalDate joinedOn) {
}
