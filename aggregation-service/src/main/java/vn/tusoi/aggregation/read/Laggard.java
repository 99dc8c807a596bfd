package vn.tusoi.aggregation.read;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An in-scope unit that has not held the campaign yet, and when it was last reminded of it (null: never). */
@Schema(name = "LaggardView")
public record Laggard(String unitCode, String name, String kind, String parentCode, long daysPastDeadline,
        Instant lastRemindedAt) {
}
