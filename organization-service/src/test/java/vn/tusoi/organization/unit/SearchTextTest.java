package vn.tusoi.organization.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Vietnamese names fold alike with and without their marks, whatever the case and the spacing. */
class SearchTextTest {

    @Test
    void marksCaseAndSpacesFoldAway() {
        assertEquals("duc tho", SearchText.fold("Đức Thọ"));
        assertEquals("duc tho", SearchText.fold("  DUC   THO "));
        assertEquals("chi bo thon ha", SearchText.fold("Chi bộ thôn Hạ"));
        assertEquals("dang bo xa bui la nhan", SearchText.fold("Đảng bộ xã Bùi La Nhân"));
    }

    @Test
    void composedAndDecomposedFormsFoldAlike() {
        String composed = "Thọ";
        String decomposed = "Tho\u0323";
        assertEquals(SearchText.fold(composed), SearchText.fold(decomposed));
    }

    @Test
    void differentLettersStayDifferent() {
        assertNotEquals(SearchText.fold("Đức Thọ"), SearchText.fold("Đức Thịnh"));
        assertEquals(SearchText.fold("Hà"), SearchText.fold("Hạ"));
        assertEquals("", SearchText.fold("   "));
    }
}
