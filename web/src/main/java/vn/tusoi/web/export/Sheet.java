package vn.tusoi.web.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to take away: its title, the unit and the moment of its figures (the sheet's title rows), Vietnamese
 * headers, and rows whose cells are numbers, dates or text.
 */
public final class Sheet {

    private final String title;
    private final String unitName;
    private final OffsetDateTime asOf;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    public Sheet(String title, String unitName, OffsetDateTime asOf, String... headers) {
        this.title = title;
        this.unitName = unitName;
        this.asOf = asOf;
        this.headers = List.of(headers);
    }

    /** A row: {@link Number}s stay numbers, {@link java.time.LocalDate}s dates, anything else text; null is blank. */
    public Sheet row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public String title() {
        return title;
    }

    public String unitName() {
        return unitName;
    }

    public OffsetDateTime asOf() {
        return asOf;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<Object>> rows() {
        return rows;
    }
}
