package vn.tusoi.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("/HT/HT\\_DT/%", LikePattern.startingWith("/HT/HT_DT/"));
        assertEquals("%/Z\\_A1/%", LikePattern.containing("/Z_A1/"));
        assertEquals("%100\\% \\\\ a\\_b%", LikePattern.containing("100% \\ a_b"));
        assertEquals("/HT/HT-DT/%", LikePattern.startingWith("/HT/HT-DT/"));
    }
}
