package vn.tusoi.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChecklistTest {

    @Test
    void anItemWithoutCheckedWordingIsItsPlaceInItsGroup() {
        Checklist.Item worded = new Checklist.Item(10, "Nội dung đã đối chiếu.", "Bản sao văn bản");
        Checklist.Item bare = new Checklist.Item(11, null, null);
        Checklist.Item blank = new Checklist.Item(12, " ", null);
        Checklist.Group second = new Checklist.Group("II", "Nhóm II", List.of(worded, bare, blank));
        assertEquals("Nội dung đã đối chiếu.", second.label(worded, "Biểu hiện"));
        assertEquals("Biểu hiện thứ 2", second.label(bare, "Biểu hiện"));
        assertEquals("Biểu hiện thứ 3", second.label(blank, "Biểu hiện"));
    }
}
