package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishUnit;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * The campaigns' scheduled reminders on a clock the test moves: the day before the deadline exactly the units that
 * have not held the session are reminded and their superior gets one digest; a run again that day, or by two
 * replicas at once, makes nothing twice; after the deadline the schedule's times and no more.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ScheduledRemindersTest {

    @Inject
    CampaignReminderRuns runs;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    private static Instant morningOf(LocalDate day) {
        return MovedClock.morningOf(day);
    }

    @Test
    void theDayBeforeTheDeadlineTheUnitsThatHaveNotHeldItAreRemindedOnceAndTheirSuperiorGetsADigest() {
        String d = "SR1";
        LocalDate deadline = LocalDate.of(2031, 3, 31);
        unit(d, "DISTRICT", List.of(), 1);
        publishUnit(d + ".A", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("a@sr1.vn")));
        publishUnit(d + ".B", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("b@sr1.vn")));
        publishUnit(d + ".C", "CELL", List.of(d), 1, Map.of());
        publishUnit(d, "DISTRICT", List.of(), 2, Map.of("notificationEmails", List.of("vanphong@sr1.vn")));
        campaign("9-KH/SR1", d, List.of("CELL"), deadline.toString(), 1);
        session("9-KH/SR1", d + ".A", "HELD", "2031-03-20", 1);
        awaitProgress("9-KH%2FSR1", d, Map.of("direct.expected", 3, "direct.held", 1));
        MovedClock clock = new MovedClock(morningOf(deadline.minusDays(8)));
        QuarkusMock.installMockForType(clock, NoticeClock.class);

        // eight days before: nothing due yet
        assertEquals(List.of(), outcomesOf("9-KH/SR1"));
        // the day before: B and C, not A; the district's digest lists them
        clock.set(morningOf(deadline.minusDays(1)));
        List<CampaignReminderRuns.Outcome> dayBefore = outcomesOf("9-KH/SR1");
        assertEquals(1, dayBefore.size(), "the 7-day reminder was missed: only the latest due runs");
        assertEquals(deadline.minusDays(1), dayBefore.get(0).dueOn());
        assertEquals(2, dayBefore.get(0).reminded());
        assertEquals(1, dayBefore.get(0).digests());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".A").then()
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".B").then()
                .body("total", equalTo(1)).body("items[0].body", containsString("(còn 1 ngày)"))
                .body("items[0].sentBy", equalTo(null));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d).then()
                .body("items[0].kind", equalTo("CAMPAIGN_DIGEST"))
                .body("items[0].body", equalTo("Đảng bộ " + d + ": 2 đơn vị trực thuộc chưa tổ chức sinh hoạt theo Kế"
                        + " hoạch 9-KH/SR1, còn 1 ngày:\n- Đảng bộ " + d + ".B\n- Đảng bộ " + d + ".C"))
                .body("items[0].link", equalTo("/chua-to-chuc?campaign=9-KH%2FSR1&unit=" + d));
        await().atMost(Duration.ofSeconds(20)).until(() -> StackTestResource.mail().messagesTo("b@sr1.vn").size() == 1
                && StackTestResource.mail().messagesTo("vanphong@sr1.vn").size() == 1);
        assertEquals(0, StackTestResource.mail().messagesTo("a@sr1.vn").size());
        // the laggards page shows the scheduled reminder as the last one
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/campaigns/9-KH%2FSR1/laggards/" + d).then()
                .body("items.lastRemindedAt", contains(clock.now().toString(), clock.now().toString()));

        // the same day again: nothing new
        assertEquals(List.of(), outcomesOf("9-KH/SR1"));
        // B holds it; three days after the deadline only C is reminded
        session("9-KH/SR1", d + ".B", "HELD", "2031-04-01", 1);
        awaitProgress("9-KH%2FSR1", d, Map.of("direct.held", 2));
        clock.set(morningOf(deadline.plusDays(3)));
        List<CampaignReminderRuns.Outcome> after = outcomesOf("9-KH/SR1");
        assertEquals(1, after.get(0).reminded());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".C").then()
                .body("total", equalTo(2)).body("items[0].body", containsString("(quá hạn 3 ngày)"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".B").then()
                .body("total", equalTo(1));
        // the third time after the deadline is the last; a reminder missed by more than a day is not sent late
        clock.set(morningOf(deadline.plusDays(9)));
        assertEquals(1, outcomesOf("9-KH/SR1").size(), "the last time after the deadline");
        clock.set(morningOf(deadline.plusDays(10)));
        assertEquals(List.of(), outcomesOf("9-KH/SR1"));
        clock.set(morningOf(deadline.plusDays(60)));
        assertEquals(List.of(), outcomesOf("9-KH/SR1"));
    }

    @Test
    void twoReplicasRunningAtOnceRemindEachUnitOnce() throws Exception {
        String d = "SR2";
        LocalDate deadline = LocalDate.of(2031, 6, 30);
        unit(d, "DISTRICT", List.of(), 1);
        for (int i = 1; i <= 20; i++) {
            publishUnit(d + "." + i, "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("c" + i + "@sr2.vn")));
        }
        campaign("9-KH/SR2", d, List.of("CELL"), deadline.toString(), 1);
        awaitProgress("9-KH%2FSR2", d, Map.of("direct.expected", 20));
        QuarkusMock.installMockForType(new MovedClock(morningOf(deadline.minusDays(7))), NoticeClock.class);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<List<CampaignReminderRuns.Outcome>>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Callable<List<CampaignReminderRuns.Outcome>> run = () -> outcomesOf("9-KH/SR2");
            results.add(pool.submit(run));
        }
        int reminded = 0;
        for (Future<List<CampaignReminderRuns.Outcome>> result : results) {
            reminded += result.get().stream().mapToInt(CampaignReminderRuns.Outcome::reminded).sum();
        }
        pool.shutdown();
        assertEquals(20, reminded, "each of the 20 cells once, whichever replica ran it");
        // sent at the pace of one domain (10 a second by default)
        await().atMost(Duration.ofSeconds(30)).until(() -> java.util.stream.IntStream.rangeClosed(1, 20)
                .allMatch(i -> StackTestResource.mail().messagesTo("c" + i + "@sr2.vn").size() >= 1));
        Thread.sleep(1_000);
        for (int i = 1; i <= 20; i++) {
            assertEquals(1, StackTestResource.mail().messagesTo("c" + i + "@sr2.vn").size(), "cell " + i);
        }
    }

    @Test
    void theIssuerSetsTheScheduleAndOthersMayNot() {
        String d = "SR3";
        unit(d, "DISTRICT", List.of(), 1);
        publishUnit(d + ".A", "CELL", List.of(d), 1, Map.of());
        campaign("9-KH/SR3", d, List.of("CELL"), "2031-09-30", 1);
        awaitProgress("9-KH%2FSR3", d, Map.of("direct.expected", 1));
        String officer = TestTokens.token("o", d, "officer");
        given().auth().oauth2(officer).get("/api/v1/campaigns/9-KH%2FSR3/reminder-schedule").then().statusCode(200)
                .body("daysBefore", contains(7, 1)).body("everyDaysAfter", equalTo(3)).body("custom", equalTo(false));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"daysBefore\":[14,3],\"everyDaysAfter\":7,\"timesAfter\":2}")
                .put("/api/v1/campaigns/9-KH%2FSR3/reminder-schedule").then().statusCode(200)
                .body("daysBefore", contains(14, 3)).body("custom", equalTo(true));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"daysBefore\":[0],\"everyDaysAfter\":7,\"timesAfter\":2}")
                .put("/api/v1/campaigns/9-KH%2FSR3/reminder-schedule").then().statusCode(400)
                .body("field", containsString("daysBefore"));
        given().auth().oauth2(TestTokens.token("s", d + ".A", "secretary")).contentType(ContentType.JSON)
                .body("{\"daysBefore\":[1],\"everyDaysAfter\":7,\"timesAfter\":2}")
                .put("/api/v1/campaigns/9-KH%2FSR3/reminder-schedule").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("o2", d + ".A", "officer")).contentType(ContentType.JSON)
                .body("{\"daysBefore\":[1],\"everyDaysAfter\":7,\"timesAfter\":2}")
                .put("/api/v1/campaigns/9-KH%2FSR3/reminder-schedule").then().statusCode(403);
        QuarkusMock.installMockForType(new MovedClock(morningOf(LocalDate.of(2031, 9, 16))), NoticeClock.class);
        assertTrue(outcomesOf("9-KH/SR3").stream().anyMatch(o -> o.dueOn().equals(LocalDate.of(2031, 9, 16))));
    }

    private List<CampaignReminderRuns.Outcome> outcomesOf(String campaign) {
        return runs.runDue().stream().filter(outcome -> outcome.campaignCode().equals(campaign)).toList();
    }
}
