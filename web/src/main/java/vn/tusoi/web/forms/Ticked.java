package vn.tusoi.web.forms;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import vn.tusoi.web.api.Page;

/**
 * The rows a grading queue's form ticked, each {@code id:version} as the page wrote it: a row is graded only at the
 * version its reader saw. Says, row by row, what the form did.
 */
public record Ticked(List<String> values) {

    /** What the form sent; more rows than a page lists is not a form of this front end (413). */
    public static Ticked of(List<String> values) {
        List<String> ticked = values == null ? List.of() : values;
        if (ticked.size() > Page.MAX_LISTED) {
            throw new WebApplicationException(413);
        }
        return new Ticked(ticked);
    }

    /** Whether the row was ticked at all, at whatever version. */
    public boolean asked(String id) {
        return values.stream().anyMatch(value -> value.startsWith(id + ":"));
    }

    /** Whether the row was ticked at the version it still has. */
    public boolean current(String id, long version) {
        return values.contains(id + ":" + version);
    }

    /** The line saying what became of one row. */
    public static String outcome(String who, Refusal refused) {
        return who + (refused.any() ? ": không ghi – " + refused.message() : ": đã ghi");
    }

    /** The line for a row ticked at a version it no longer has. */
    public static String moved(String who, String what) {
        return who + ": không ghi – " + what + " đã thay đổi kể từ khi mở trang.";
    }
}
