package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.selfReview;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.tusoi.stack.MailServer;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * A member's grade decided: told to the member alone (their own notices, never the cell's inbox nor another member's),
 * once per decision, e-mailed through SMTP to the address the directory gives; while the directory does not answer,
 * the notice waits for its address and is e-mailed once it does. (The directory is Keycloak's admin API; here a
 * stand-in gives the addresses, {@link StandInDirectory}; the browser suite reads them from Keycloak itself.)
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class MemberNoticesTest {

    @Inject
    WorkflowNotices notices;

    @Inject
    StandInDirectory directory;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    private static io.restassured.response.ValidatableResponse mine(String registryNo, String cell) {
        return given().auth().oauth2(TestTokens.member(registryNo, cell)).get("/api/v1/notices/mine").then()
                .statusCode(200);
    }

    @Test
    void aMembersGradeIsToldToTheMemberAloneAndMailedToTheirAddressOnceTheDirectoryAnswers() {
        String cell = "MN1.A";
        unit("MN1", "DISTRICT", List.of(), 1);
        unit(cell, "CELL", List.of("MN1"), 1);
        directory.give("MN-0001", List.of("dangvien.mn1@example.vn"));
        directory.down(true);
        selfReview("9-KH/MN1", "MN-0001", cell, "GOOD", 3);
        selfReview("9-KH/MN1", "MN-0002", cell, null, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            notices.runDue();
            return mine("MN-0001", cell).extract().path("total").equals(1);
        });
        mine("MN-0001", cell).body("items[0].kind", equalTo("MEMBER_GRADE_DECIDED"))
                .body("items[0].body", equalTo("Cấp ủy đã quyết định xếp loại chất lượng của đồng chí (số lý lịch"
                        + " MN-0001) theo Kế hoạch 9-KH/MN1: Hoàn thành tốt nhiệm vụ."))
                .body("items[0].link", equalTo("/tu-kiem-diem?campaign=9-KH/MN1"))
                // the directory was down: no e-mail yet, the notice waits for its address
                .body("items[0].mails", equalTo(List.of()));
        given().auth().oauth2(TestTokens.member("MN-0001", cell)).get("/api/v1/notices/mine/unread").then()
                .body("unread", equalTo(1));
        // not the cell's notice, nor another member's
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + cell).then().statusCode(200)
                .body("total", equalTo(0));
        mine("MN-0002", cell).body("total", equalTo(0));
        String id = mine("MN-0001", cell).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.member("MN-0002", cell)).post("/api/v1/notices/" + id + "/read").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.token("secretary.mn1", cell, "secretary"))
                .post("/api/v1/notices/" + id + "/read").then().statusCode(404);

        directory.down(false);
        notices.runDue();
        MailServer mail = StackTestResource.mail();
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.messagesTo("dangvien.mn1@example.vn").size() == 1);
        MailServer.Message message = mail.messagesTo("dangvien.mn1@example.vn").get(0);
        assertEquals("Kết quả xếp loại chất lượng đảng viên", message.subject());
        assertTrue(message.decoded().contains("Hoàn thành tốt nhiệm vụ"), message.decoded());
        mine("MN-0001", cell).body("items[0].mails.address", contains("dangvien.mn1@example.vn"));

        // read by the member; the same decision again is not told again, a new one is
        given().auth().oauth2(TestTokens.member("MN-0001", cell)).post("/api/v1/notices/" + id + "/read").then()
                .statusCode(204);
        notices.runDue();
        mine("MN-0001", cell).body("total", equalTo(1)).body("items[0].readAt", org.hamcrest.Matchers.notNullValue());
        selfReview("9-KH/MN1", "MN-0001", cell, "EXCELLENT", 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            notices.runDue();
            return mine("MN-0001", cell).extract().path("total").equals(2);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.messagesTo("dangvien.mn1@example.vn").size() == 2);
        assertEquals(List.of("Kết quả xếp loại chất lượng đảng viên", "Kết quả xếp loại chất lượng đảng viên"),
                mail.messagesTo("dangvien.mn1@example.vn").stream().map(MailServer.Message::subject).toList());
    }
}
