package vn.tusoi.organization.api;

import java.time.LocalDate;

import vn.tusoi.platform.concurrency.Versioned;

public record MemberView(String registryNo, String fullName, String unitCode, String role, String status,
        LocalDate joinedOn, long version) implements Versioned {
}
