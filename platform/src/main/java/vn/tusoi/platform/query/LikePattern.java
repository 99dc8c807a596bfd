package vn.tusoi.platform.query;

/**
 * {@code LIKE} patterns that match their text literally. Unit codes may contain {@code _} and a search text anything,
 * which {@code LIKE} would read as wildcards: the subtree of {@code HT_DT} would take in {@code HT-DT}'s. Every query
 * that matches a path, a list of ancestors or a search text builds its pattern here and writes
 * {@code like ?1} followed by {@link #ESCAPE}.
 */
public final class LikePattern {

    /** The clause that follows every {@code like} whose pattern comes from this class. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {
    }

    /** Matches text that starts with {@code prefix}, taken literally. */
    public static String startingWith(String prefix) {
        return literal(prefix) + "%";
    }

    /** Matches text that contains {@code part}, taken literally. */
    public static String containing(String part) {
        return "%" + literal(part) + "%";
    }

    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
