package vn.tusoi.web.api;

/** A unit that must hold the campaign and has not. */
public record Laggard(String unitCode, String name, String kind, String parentCode, long daysPastDeadline) {
}
