package vn.tusoi.web.api;

import java.time.OffsetDateTime;

/** A unit that must hold the campaign and has not, and when it was last reminded (null: never). */
public record Laggard(String unitCode, String name, String kind, String parentCode, long daysPastDeadline,
        OffsetDateTime lastRemindedAt) {
}
