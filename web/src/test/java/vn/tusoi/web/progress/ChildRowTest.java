package vn.tusoi.web.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tusoi.web.api.Progress;

class ChildRowTest {

    @Test
    void aChildsRowCountsItsOwnGradeWithThoseUnderItAndItsMembersGrades() {
        Progress commune = new Progress("120-KH/HU", "HT-DT.BUI-LA-NHAN", "Đảng bộ xã Bùi La Nhân",
                new Progress.Count(2, 3), Map.of("CELL", new Progress.Count(2, 3)), 2, 0,
                new Progress.Members(40, 52, Map.of("GOOD", 3L, "EXCELLENT", 1L)),
                new Progress.Shortcomings(0, 0, 0, 0, 0, Map.of(), 0, Map.of()), new Progress.Attendance(0, 0, null),
                new Progress.Indicators(0, 0), Map.of("EXCELLENT", 2L, "GOOD", 1L),
                OffsetDateTime.parse("2026-12-03T08:00:00+07:00"), new Progress.Self(true, true, true, "GOOD"));

        ChildRow row = ChildRow.of(commune);

        assertEquals(2, row.graded("EXCELLENT"));
        assertEquals(2, row.graded("GOOD"));
        assertEquals(0, row.graded("COMPLETED"));
        assertEquals(3, row.membersGraded("GOOD"));
        assertEquals(1, row.membersGraded("EXCELLENT"));
    }
}
