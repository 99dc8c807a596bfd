package vn.tusoi.aggregation.api;

/** An in-scope unit that has not held the campaign yet. */
public record LaggardView(String unitCode, String name, String kind, String parentCode, long daysPastDeadline) {
}
