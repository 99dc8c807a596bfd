package vn.tusoi.aggregation.read;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An in-scope unit that has not held the campaign yet. */
@Schema(name = "LaggardView")
public record Laggard(String unitCode, String name, String kind, String parentCode, long daysPastDeadline) {
}
