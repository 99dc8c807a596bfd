package vn.tusoi.organization.api;

import java.time.LocalDate;
import java.util.List;

import vn.tusoi.platform.concurrency.Versioned;

/**
 * A unit as the API shows it; read as of a past date, it carries no member count nor validity, nor the addresses its
 * notices are mailed to.
 */
public record UnitView(
        String code,
        String name,
        String kind,
        String parentCode,
        String path,
        int depth,
        Integer memberCount,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> notificationEmails,
        Boolean emailOff,
        long version) implements Versioned {
}
