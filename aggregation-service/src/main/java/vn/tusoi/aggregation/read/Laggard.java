package vn.tusoi.aggregation.read;

/** An in-scope unit that has not held the campaign yet. */
public record Laggard(String unitCode, String name, String kind, String parentCode, long daysPastDeadline) {
}
