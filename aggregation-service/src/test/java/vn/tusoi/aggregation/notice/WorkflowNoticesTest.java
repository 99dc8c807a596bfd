package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.classification;
import static vn.tusoi.aggregation.rollup.FlowFixture.publish;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * The review workflow's notices: a submitted report to the committee above, a returned one to its unit with the
 * reason, submitted again announced again; a decided grade to the unit, by its name; nothing twice.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class WorkflowNoticesTest {

    @Inject
    WorkflowNotices notices;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    private static void session(String id, String unit, String status, String note, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "campaignCode", "9-KH/WF1", "unitCode", unit,
                "status", status, "heldOn", "2031-03-02", "version", version));
        data.put("reviewNote", note);
        publish("session.sessions", id, "vn.tusoi.session.session.changed", data);
    }

    private static String inbox(String unit, String path) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + unit).then()
                .statusCode(200).extract().path(path).toString();
    }

    @Test
    void aReportSubmittedReturnedAndSubmittedAgainAndAGradeDecidedAreEachToldOnce() {
        String d = "WF1";
        unit(d, "DISTRICT", List.of(), 1);
        unit(d + ".A", "CELL", List.of(d), 1);
        campaign("9-KH/WF1", d, List.of("CELL"), "2031-03-31", 1);
        String id = UUID.randomUUID().toString();
        session(id, d + ".A", "SUBMITTED", null, 2);
        awaitProgress("9-KH%2FWF1", d, Map.of("direct.held", 1));
        // the database is shared with the other tests: what is counted is this district's inboxes
        await().atMost(Duration.ofSeconds(20)).until(() -> toldAfterARun(d, "1"));
        notices.runDue();
        assertEquals("1", inbox(d, "total"), "nothing twice");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d).then()
                .body("items.kind", contains("REPORT_SUBMITTED"))
                .body("items[0].body", equalTo("Đảng bộ " + d + ": Đảng bộ " + d + ".A đã gửi báo cáo sinh hoạt theo"
                        + " Kế hoạch 9-KH/WF1, chờ cấp ủy duyệt."))
                .body("items[0].link", equalTo("/duyet/phien?id=" + id));

        session(id, d + ".A", "RETURNED", "Bổ sung tỷ lệ đảng viên dự sinh hoạt.", 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> toldAfterARun(d + ".A", "1"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".A").then()
                .body("items.kind", contains("REPORT_RETURNED"))
                .body("items[0].body", equalTo("Đảng bộ " + d + ".A: báo cáo sinh hoạt theo Kế hoạch 9-KH/WF1 được cấp"
                        + " ủy cấp trên trả lại để bổ sung, chỉnh sửa.\nLý do: Bổ sung tỷ lệ đảng viên dự sinh hoạt."));
        session(id, d + ".A", "SUBMITTED", null, 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> toldAfterARun(d, "2"));

        classification(d + ".A", "2031", "GOOD", 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> toldAfterARun(d + ".A", "2"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".A").then()
                .body("items[0].kind", equalTo("GRADE_DECIDED"))
                .body("items[0].body", equalTo("Đảng bộ " + d + ".A: cấp ủy cấp trên đã quyết định xếp loại chất"
                        + " lượng kỳ 2031: Hoàn thành tốt nhiệm vụ."))
                .body("items[0].link", equalTo("/xep-loai?unit=" + d + ".A&ky=2031"));
        notices.runDue();
        assertEquals("2", inbox(d + ".A", "total"), "nothing twice");
        assertEquals("2", inbox(d, "total"));
    }

    /** Runs the workflow notices; whether the unit's inbox then holds so many. */
    private boolean toldAfterARun(String unit, String total) {
        notices.runDue();
        return inbox(unit, "total").equals(total);
    }
}
