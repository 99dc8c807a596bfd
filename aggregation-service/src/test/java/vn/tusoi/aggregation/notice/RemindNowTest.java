package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishUnit;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.stack.MailServer;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * "Remind now" from a district's laggards page: the units that have not held the session are reminded, in their
 * inboxes and by e-mail through a real SMTP server; a unit that held it is not; nobody is reminded twice within the
 * interval, even by two officers at the same instant.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class RemindNowTest {

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    /** A district with three cells, one of which held the session; only B has an address, C turned e-mail off. */
    private static void district(String d, String campaignCode) {
        unit(d, "DISTRICT", List.of(), 1);
        publishUnit(d + ".A", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("chibo.a@" + d + ".vn")));
        publishUnit(d + ".B", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("chibo.b@" + d + ".vn",
                "bithu.b@" + d + ".vn")));
        publishUnit(d + ".C", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("chibo.c@" + d + ".vn"),
                "emailOff", true));
        campaign(campaignCode, d, List.of("CELL"), "2026-12-01", 1);
        session(campaignCode, d + ".A", "HELD", "2026-11-20", 1);
        awaitProgress(campaignCode.replace("/", "%2F"), d, Map.of("direct.expected", 3, "direct.held", 1));
    }

    @Test
    void theLaggardsAreRemindedInTheirInboxesAndByEmailOnceWithinTheInterval() {
        String d = "RN1";
        district(d, "9-KH/RN1");
        String officer = TestTokens.token("officer.rn1", d, "officer");
        remind(officer, d, "{\"message\":\"Đề nghị chi bộ tổ chức sinh hoạt trước ngày 10/12.\"}").statusCode(200)
                .body("sent", equalTo(2)).body("reminded", contains(d + ".B", d + ".C"))
                .body("alreadyReminded", empty()).body("remindedAt", notNullValue());

        MailServer mail = StackTestResource.mail();
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.messagesTo("bithu.b@" + d + ".vn").size() == 1
                && mail.messagesTo("chibo.b@" + d + ".vn").size() == 1);
        MailServer.Message message = mail.messagesTo("chibo.b@" + d + ".vn").get(0);
        assertEquals("Nhắc tổ chức sinh hoạt theo Kế hoạch 9-KH/RN1", message.subject());
        assertTrue(message.mime().contains("text/html") && message.mime().contains("text/plain"), message.mime());
        assertTrue(message.decoded().contains("Lời nhắn: Đề nghị chi bộ tổ chức sinh hoạt trước ngày 10/12."),
                message.decoded());
        // the cell that held it gets nothing; the one that turned e-mail off has its notice in the inbox only
        assertEquals(0, mail.messagesTo("chibo.a@" + d + ".vn").size());
        assertEquals(0, mail.messagesTo("chibo.c@" + d + ".vn").size());

        String secretary = TestTokens.token("bithu.b", d + ".B", "secretary");
        given().auth().oauth2(secretary).get("/api/v1/notices/unread?unitCode=" + d + ".B").then().statusCode(200)
                .body("unread", equalTo(1));
        ValidatableResponse inbox = given().auth().oauth2(secretary).get("/api/v1/notices?unitCode=" + d + ".B")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].kind", equalTo("CAMPAIGN_REMINDER"))
                .body("items[0].body", containsString("Đảng bộ " + d + ".B chưa tổ chức sinh hoạt theo Kế hoạch"
                        + " 9-KH/RN1"))
                .body("items[0].body", containsString("Lời nhắn: Đề nghị chi bộ tổ chức sinh hoạt"))
                .body("items[0].link", equalTo("/bao-cao-sinh-hoat?unit=" + d + ".B"))
                .body("items[0].mails", hasSize(2)).body("items[0].readAt", nullValue());
        String id = inbox.extract().path("items[0].id");
        given().auth().oauth2(secretary).post("/api/v1/notices/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(secretary).get("/api/v1/notices/unread?unitCode=" + d + ".B").then()
                .body("unread", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".C").then()
                .body("items[0].mails", empty());
        // another cell's inbox is outside the secretary's units
        given().auth().oauth2(secretary).get("/api/v1/notices?unitCode=" + d + ".C").then().statusCode(403);
        given().auth().oauth2(secretary).post("/api/v1/notices/" + java.util.UUID.randomUUID() + "/read").then()
                .statusCode(404);

        // the laggards page shows when each was reminded; a second reminder within the interval sends nothing
        given().auth().oauth2(officer).get("/api/v1/campaigns/9-KH%2FRN1/laggards/" + d).then().statusCode(200)
                .body("items.lastRemindedAt", hasSize(2)).body("items[0].lastRemindedAt", notNullValue());
        remind(officer, d, "{}").statusCode(200).body("sent", equalTo(0))
                .body("alreadyReminded.unitCode", contains(d + ".B", d + ".C"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".B").then()
                .body("total", equalTo(1));
    }

    @Test
    void twoOfficersRemindingAtTheSameInstantMakeOneReminderEach() throws Exception {
        String d = "RN2";
        district(d, "9-KH/RN2");
        String officer = TestTokens.token("officer.rn2", d, "officer");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Integer> call = () -> remind(officer, d, "{}").statusCode(200).extract().path("sent");
            sent.add(pool.submit(call));
        }
        int total = 0;
        for (Future<Integer> future : sent) {
            total += future.get();
        }
        pool.shutdown();
        assertEquals(2, total, "B and C reminded once in all");
        for (String cell : List.of(d + ".B", d + ".C")) {
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + cell).then()
                    .body("total", equalTo(1));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> StackTestResource.mail().messagesTo("chibo.b@" + d + ".vn").size() == 1);
    }

    @Test
    void tickedUnitsThatHeldItSinceAreNamedAndBadRequestsChangeNothing() {
        String d = "RN3";
        district(d, "9-KH/RN3");
        String officer = TestTokens.token("officer.rn3", d, "officer");
        remind(officer, d, "{\"units\":[\"" + d + ".A\",\"" + d + ".B\"]}").statusCode(200).body("sent", equalTo(1))
                .body("reminded", contains(d + ".B")).body("notLaggards", contains(d + ".A"));
        remind(officer, d, "{\"message\":\"" + "Đ".repeat(1001) + "\"}").statusCode(400)
                .body("field", containsString("message"));
        remind(officer, d, "{\"units\":[\"\"]}").statusCode(400);
        remind(officer, d, "{\"unknown\":1}").statusCode(400);
        // a cell's secretary, a member, another district's officer remind nobody
        remind(TestTokens.token("s", d + ".B", "secretary"), d + ".B", "{}").statusCode(403);
        remind(TestTokens.token("o", "RN1", "officer"), d, "{}").statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/campaigns/NOPE/laggards/" + d + "/reminders").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".C").then()
                .body("total", equalTo(0));
    }

    private static ValidatableResponse remind(String token, String unit, String body) {
        String campaign = unit.startsWith("RN1") ? "9-KH%2FRN1" : unit.startsWith("RN2") ? "9-KH%2FRN2" : "9-KH%2FRN3";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + campaign + "/laggards/" + unit + "/reminders").then();
    }
}
