package vn.tusoi.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageKnowsWhereItStartsAndKeepsItsPlaceWhenMapped() {
        PageRequest third = new PageRequest(2, 50);
        Page<Integer> page = Page.of(third, List.of(101, 102), 102);

        assertEquals(100, third.offset());
        assertEquals(new Page<>(List.of("101", "102"), 2, 50, 102), page.map(String::valueOf));
    }

    @Test
    void theLargestPageAskedForStillHasAnOffsetInRange() {
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);

        assertEquals(500_000_000, last.offset());
    }
}
