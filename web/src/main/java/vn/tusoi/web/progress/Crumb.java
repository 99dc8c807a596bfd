package vn.tusoi.web.progress;

/** A unit above the one shown, from the campaign's issuing unit down. */
public record Crumb(String code, String name) {
}
