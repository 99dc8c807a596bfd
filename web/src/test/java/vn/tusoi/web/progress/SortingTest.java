package vn.tusoi.web.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SortingTest {

    static final Sorting FALLBACK = new Sorting("percent", false);
    static final List<String> KEYS = List.of("name", "percent");

    @Test
    void readsTheKeyAndDirectionFromTheAddress() {
        assertEquals(new Sorting("name", true), Sorting.parse("-name", FALLBACK, KEYS));
        assertEquals(new Sorting("name", false), Sorting.parse("name", FALLBACK, KEYS));
        assertEquals(FALLBACK, Sorting.parse("drop table", FALLBACK, KEYS));
        assertEquals(FALLBACK, Sorting.parse(null, FALLBACK, KEYS));
    }

    @Test
    void aColumnsLinkTurnsItsOrderRound() {
        Sorting byName = new Sorting("name", false);
        assertEquals("-name", byName.toggle("name"));
        assertEquals("percent", byName.toggle("percent"));
        assertEquals("ascending", byName.ariaSort("name"));
        assertEquals("none", byName.ariaSort("percent"));
        assertEquals("name", new Sorting("name", true).toggle("name"));
    }

    @Test
    void sortsWithUnitsWithoutAShareLastAndUncappedSharesAboveAHundred() {
        ChildRow none = row("A", 0, 0);
        ChildRow half = row("B", 1, 2);
        ChildRow over = row("C", 7, 5);
        Map<String, Comparator<ChildRow>> columns = Map.of("percent", Sorting.nullsLast(ChildRow::percent));
        List<ChildRow> descending = new Sorting("percent", true).apply(List.of(half, none, over), columns,
                Comparator.comparing(ChildRow::code));
        assertEquals(List.of("A", "C", "B"), descending.stream().map(ChildRow::code).toList());
        List<ChildRow> ascending = new Sorting("percent", false).apply(List.of(none, over, half), columns,
                Comparator.comparing(ChildRow::code));
        assertEquals(List.of("B", "C", "A"), ascending.stream().map(ChildRow::code).toList());
        assertEquals(new BigDecimal("140.0"), over.percent());
        assertEquals(100, over.barWidth());
        assertEquals("140 %", over.percentText());
    }

    private static ChildRow row(String code, long held, long expected) {
        return new ChildRow(code, code, held, expected, held == 0 && expected == 0
                ? null
                : BigDecimal.valueOf(held * 1000 / expected, 1), 0, 0, java.util.Map.of(), java.util.Map.of());
    }
}
