package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishUnit;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.stack.MailServer;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * What becomes of an e-mail that cannot leave at once: an SMTP server down (retried, then FAILED with its reason,
 * sent again by an administrator), a unit that held the session between the decision and the send (not sent), a
 * sender that stopped after claiming (never sent a second time), a send the server never answers (UNCONFIRMED, and the
 * next e-mails leave meanwhile), the quiet hours (held until they end).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class MailDeliveryTest {

    @Inject
    DataSource database;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailText text;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    @AfterEach
    void smtpBack() {
        MailServer mail = StackTestResource.mail();
        if (!mail.running()) {
            mail.restart();
        }
    }

    private static void cell(String d, String campaignCode) {
        cell(d, campaignCode, "chibo@" + d.toLowerCase() + ".vn");
    }

    private static void cell(String d, String campaignCode, String address) {
        unit(d, "DISTRICT", List.of(), 1);
        publishUnit(d + ".A", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of(address)));
        campaign(campaignCode, d, List.of("CELL"), "2026-12-01", 1);
        awaitProgress(campaignCode.replace("/", "%2F"), d, Map.of("direct.expected", 1));
    }

    @Test
    void anSmtpServerDownMeansRetriesThenFailedThenASendAgain() throws Exception {
        String d = "MD1";
        cell(d, "9-KH/MD1");
        MailServer mail = StackTestResource.mail();
        mail.stop();
        remind(d, "9-KH%2FMD1").body("sent", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(d + ".A").equals("FAILED"));
        assertEquals("3", query("SELECT m.attempts FROM notice_mail m JOIN notice n ON n.id = m.notice_id"
                + " WHERE n.unit_code = '" + d + ".A'"));
        String noticeId = given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices/mails?status=FAILED")
                .then().statusCode(200).body("items.find { it.address == 'chibo@md1.vn' }.lastError",
                        containsString("onnect"))
                .extract().path("items.find { it.address == 'chibo@md1.vn' }.noticeId");
        // the notice itself was never lost: the inbox has it
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".A").then()
                .body("total", equalTo(1)).body("items[0].mails[0].status", equalTo("FAILED"));

        mail.restart();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"noticeId\":\"" + noticeId + "\",\"address\":\"chibo@md1.vn\"}")
                .post("/api/v1/notices/mails/resend").then().statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.messagesTo("chibo@md1.vn").size() == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> status(d + ".A").equals("SENT"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"noticeId\":\"" + noticeId + "\",\"address\":\"chibo@md1.vn\"}")
                .post("/api/v1/notices/mails/resend").then().statusCode(409)
                .body("type", equalTo("urn:tusoi:problem:mail-not-resendable"));
        given().auth().oauth2(TestTokens.token("o", d, "officer")).get("/api/v1/notices/mails?status=FAILED").then()
                .statusCode(403);
    }

    @Test
    void aUnitThatHeldTheSessionBeforeTheEmailLeftIsNotMailedAndQuietHoursHoldTheEmail() throws Exception {
        String d = "MD2";
        cell(d, "9-KH/MD2");
        // decided in the quiet hours: the e-mail waits for their end
        quietUntilMorning();
        remind(d, "9-KH%2FMD2").body("sent", equalTo(1));
        assertEquals("PENDING", status(d + ".A"));
        // the unit reports in the night; when the morning comes, the decision is taken again from the roll-up
        session("9-KH/MD2", d + ".A", "HELD", "2026-11-30", 1);
        awaitProgress("9-KH%2FMD2", d, Map.of("direct.held", 1));
        execute("UPDATE notice_mail SET not_before = now() WHERE address = 'chibo@md2.vn'");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(d + ".A").equals("CANCELLED"));
        Thread.sleep(1_500);
        assertEquals(0, StackTestResource.mail().messagesTo("chibo@md2.vn").size());
    }

    @Test
    void anEmailWhoseSenderStoppedAfterClaimingItIsNeverSentASecondTime() throws Exception {
        String d = "MD3";
        cell(d, "9-KH/MD3");
        MailServer mail = StackTestResource.mail();
        quietUntilMorning();
        remind(d, "9-KH%2FMD3").body("sent", equalTo(1));
        // as a replica killed between its claim and its record of the send leaves it
        execute("UPDATE notice_mail SET status = 'SENDING', claimed_at = now() - interval '1 hour',"
                + " attempts = 1 WHERE address = 'chibo@md3.vn'");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(d + ".A").equals("UNCONFIRMED"));
        Thread.sleep(1_500);
        assertEquals(0, mail.messagesTo("chibo@md3.vn").size());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices/mails?status=UNCONFIRMED").then()
                .body("items.find { it.address == 'chibo@md3.vn' }.lastError", containsString("may have left"));
    }

    @Test
    void aSendTheServerNeverAnswersHoldsOneSenderThenIsUnconfirmedWhileTheNextEmailsLeave() throws Exception {
        cell("MD4", "9-KH/MD4", "chibo@im-lang.vn");
        cell("MD5", "9-KH/MD5");
        // the SMTP dialogue of one address is never answered, as a connection the server stopped answering on
        MailTransport smtp = new MailTransport(mailer, text);
        QuarkusMock.installMockForType(new MailTransport(mailer, text) {
            @Override
            public CompletionStage<Void> send(MailQueue.Claimed mail) {
                return mail.address().equals("chibo@im-lang.vn") ? new CompletableFuture<>() : smtp.send(mail);
            }
        }, MailTransport.class);
        remind("MD4", "9-KH%2FMD4").body("sent", equalTo(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> status("MD4.A").equals("SENDING"));

        // decided while that send waits: it leaves
        remind("MD5", "9-KH%2FMD5").body("sent", equalTo(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> status("MD5.A").equals("SENT"));
        assertEquals("SENDING", status("MD4.A"), "still waiting for the server's answer");
        assertEquals(1, StackTestResource.mail().messagesTo("chibo@md5.vn").size());

        // no answer in notices.mail.send-timeout: it may have left, so it is not tried again on its own
        await().atMost(Duration.ofSeconds(20)).until(() -> status("MD4.A").equals("UNCONFIRMED"));
        assertEquals("1", query("SELECT m.attempts FROM notice_mail m JOIN notice n ON n.id = m.notice_id"
                + " WHERE n.unit_code = 'MD4.A'"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices/mails?status=UNCONFIRMED").then()
                .body("items.find { it.address == 'chibo@im-lang.vn' }.lastError",
                        containsString("did not answer"));
        Thread.sleep(1_500);
        assertEquals("UNCONFIRMED", status("MD4.A"));
    }

    /** Every e-mail decided from now waits eight hours, as one decided at night waits for the morning. */
    private static void quietUntilMorning() {
        Instant morning = Instant.now().plus(Duration.ofHours(8));
        QuarkusMock.installMockForType(new QuietHours(null, null, java.time.ZoneOffset.UTC) {
            @Override
            public Instant firstSendable(Instant now) {
                return morning;
            }
        }, QuietHours.class);
    }

    private static io.restassured.response.ValidatableResponse remind(String d, String campaignPath) {
        return given().auth().oauth2(TestTokens.token("o." + d, d, "officer")).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/campaigns/" + campaignPath + "/laggards/" + d + "/reminders").then()
                .statusCode(200);
    }

    private String status(String unitCode) throws Exception {
        return query("SELECT m.status FROM notice_mail m JOIN notice n ON n.id = m.notice_id WHERE n.unit_code = '"
                + unitCode + "'");
    }

    private String query(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
