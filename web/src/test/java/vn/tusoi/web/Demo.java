package vn.tusoi.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.GradeConditions;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Problem;
import vn.tusoi.web.api.Scores;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;

/**
 * What the services answer in the pages' tests below the browser: the demo's campaign, district and cell, as records
 * the replaced clients return; and what a page's form carries.
 */
public final class Demo {

    public static final String CAMPAIGN_CODE = "87-KH/HU";
    public static final Campaign CAMPAIGN = new Campaign(CAMPAIGN_CODE, "Sinh hoạt chuyên đề “Tự soi, tự sửa”",
            "Tự soi, tự sửa", "HT-DT", List.of("GRASSROOTS_CELL"), LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 12, 31), "87-KH/HU", "NQ04-27", null, "OPEN");
    public static final Unit DISTRICT = new Unit("HT-DT", "Đảng bộ huyện Đức Thọ", "DISTRICT", "HT", "/HT/HT-DT/",
            1, 27);
    public static final Unit CELL = new Unit("HT-DT.VKS", "Chi bộ Viện Kiểm sát nhân dân huyện", "GRASSROOTS_CELL",
            "HT-DT", "/HT/HT-DT/HT-DT.VKS/", 2, 6);
    public static final UUID SESSION_ID = UUID.fromString("6f1c1c9e-4b7a-4d52-9a38-0d5d0c1e2b11");
    public static final Session HELD = new Session(SESSION_ID, CAMPAIGN_CODE, CELL.code(), "THEMATIC", "HELD",
            LocalDate.of(2026, 11, 20), "Nguyễn Văn Hùng", List.of("Trần Thị Lan"), new Session.Attendance(6, 5),
            "Chi bộ đã tự soi, tự sửa theo Kế hoạch 87-KH/HU.", null, null, null, null, 3);
    public static final Shortcoming SHORTCOMING = new Shortcoming(UUID.fromString(
            "0b8e7f54-3c2d-4e1a-8f6b-9a7c5d4e3f21"), SESSION_ID, CAMPAIGN_CODE, CELL.code(), "Tư tưởng chính trị",
            "Việc học tập, quán triệt nghị quyết có lúc chưa kịp thời.", List.of(new Shortcoming.Cause("SUBJECTIVE",
                    "Chưa chủ động sắp xếp thời gian.")),
            "Ý thức tự giác chưa cao.", "COLLECTIVE", null, "OPEN",
            null, null, List.of(), 1);

    /** QĐ 366's two groups, as session-service ships them. */
    public static final Scores.CriteriaFrame FRAME = new Scores.CriteriaFrame(Scores.DEFAULT_FRAME,
            "Hai nhóm tiêu chí, thang điểm 100", "Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị", List.of(
                    new Scores.Group("CHUNG", "Nhóm tiêu chí chung", java.math.BigDecimal.valueOf(30)),
                    new Scores.Group("NHIEM-VU", "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ",
                            java.math.BigDecimal.valueOf(70))));
    /** The conditions of the highest grade, all held: nothing open, no target, no discipline. */
    public static final GradeConditions ALL_HELD = new GradeConditions(true, List.of(), null, List.of());
    /** The conditions with the cell's shortcoming still open. */
    public static final GradeConditions ONE_OPEN = new GradeConditions(false, List.of(new GradeConditions.Open(
            SHORTCOMING.id(), SESSION_ID, LocalDate.of(2026, 11, 20), "PARTY_BUILDING", "OPEN",
            SHORTCOMING.description())), new GradeConditions.Targets(4, 4, 1, true, false), List.of());

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([0-9a-f]+)\"");

    private Demo() {
    }

    public static <T> Page<T> pageOf(List<T> items) {
        return new Page<>(items, 0, Page.MAX_SIZE, items.size());
    }

    /** The form token a page carries, for a test's POST. */
    public static String formToken(String html) {
        Matcher matcher = FORM_TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page carries no form token");
        }
        return matcher.group(1);
    }

    /** What a client throws when a service answers with a problem. */
    public static WebApplicationException refused(int status, String rule, String field, String detail) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + rule, "refused", status, detail, field, null);
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(problem).build());
    }

    public static WebApplicationException notFound() {
        return new WebApplicationException(Response.status(404).build());
    }
}
