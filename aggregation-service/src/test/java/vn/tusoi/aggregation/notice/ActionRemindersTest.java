package vn.tusoi.aggregation.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.aggregation.rollup.FlowFixture.publish;
import static vn.tusoi.aggregation.rollup.FlowFixture.publishUnit;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * A remediation action's reminders on a clock the test moves: 7 and 1 days before its due date to its unit, once
 * overdue to its unit, 7 days overdue escalated to the unit above (and listed as escalated); a done action never.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ActionRemindersTest {

    @Inject
    ActionReminderRuns runs;

    @Inject
    DataSource database;

    private static Instant morningOf(LocalDate day) {
        return MovedClock.morningOf(day);
    }

    private static void action(UUID id, String unitCode, String status, LocalDate dueOn) {
        publish("session.actions", id.toString(), "vn.tusoi.session.action.changed", Map.of("id", id.toString(),
                "shortcomingId", UUID.randomUUID().toString(), "unitCode", unitCode, "status", status, "dueOn",
                dueOn.toString(), "overdue", false, "version", 1));
    }

    @Test
    void anActionIsRemindedBeforeItsDueDateThenOverdueThenEscalated() throws Exception {
        String d = "AR1";
        LocalDate due = LocalDate.of(2032, 5, 20);
        unit(d, "DISTRICT", List.of(), 1);
        publishUnit(d + ".A", "CELL", List.of(d), 1, Map.of("notificationEmails", List.of("a@ar1.vn")));
        UUID open = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        action(open, d + ".A", "IN_PROGRESS", due);
        action(done, d + ".A", "DONE", due);
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM action_state WHERE id IN ('"
                + open + "', '" + done + "')") == 2);
        MovedClock clock = new MovedClock(morningOf(due.minusDays(10)));
        QuarkusMock.installMockForType(clock, NoticeClock.class);

        assertEquals(0, made(runs.runDue()));
        clock.set(morningOf(due.minusDays(5)));
        ActionReminderRuns.Outcome fiveBefore = runs.runDue();
        assertEquals(1, fiveBefore.due(), "the 7-day reminder, the nearest reached");
        assertEquals(0, made(runs.runDue()), "the same day again");
        clock.set(morningOf(due.minusDays(1)));
        assertEquals(1, runs.runDue().due());
        clock.set(morningOf(due.plusDays(1)));
        ActionReminderRuns.Outcome dayAfter = runs.runDue();
        assertEquals(1, dayAfter.overdue());
        assertEquals(0, dayAfter.escalated());
        clock.set(morningOf(due.plusDays(7)));
        ActionReminderRuns.Outcome weekAfter = runs.runDue();
        assertEquals(0, weekAfter.overdue(), "overdue once");
        assertEquals(1, weekAfter.escalated());
        assertEquals(0, made(runs.runDue()));

        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d + ".A").then()
                .body("total", equalTo(3))
                .body("items.kind", contains("ACTION_OVERDUE", "ACTION_DUE", "ACTION_DUE"))
                .body("items[0].body", equalTo("Đảng bộ " + d + ".A: một biện pháp khắc phục hạn chế, khuyết điểm đã"
                        + " quá hạn (hạn ngày 20/05/2032, quá hạn 1 ngày)."))
                .body("items[2].body", containsString("(còn 5 ngày)"))
                .body("items[0].link", equalTo("/theo-doi-khac-phuc?unit=" + d + ".A"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices?unitCode=" + d).then()
                .body("total", equalTo(1)).body("items[0].kind", equalTo("ACTION_ESCALATED"))
                .body("items[0].body", containsString("của Đảng bộ " + d + ".A đã quá hạn 7 ngày"));
        String officer = TestTokens.token("o", d, "officer");
        given().auth().oauth2(officer).get("/api/v1/notices/escalated-actions?unitCode=" + d + ".A").then()
                .statusCode(200).body("actionId", contains(open.toString())).body("escalatedTo", contains(d));
        given().auth().oauth2(TestTokens.token("s", d + ".A", "secretary"))
                .get("/api/v1/notices/escalated-actions?unitCode=" + d).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices/escalated-actions?unitCode=AR-NONE").then()
                .statusCode(404);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> StackTestResource.mail().messagesTo("a@ar1.vn").size() == 3);

        // done, and nothing more is said of it; the done action never was
        action(open, d + ".A", "DONE", due);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notices/escalated-actions?unitCode=" + d).then()
                .body("actionId", contains(open.toString()));
        assertEquals(0, count("SELECT count(*) FROM notice WHERE subject_ref = '" + done + "'"));
    }

    @Test
    void anActionOfNoKnownUnitMakesNothing() throws Exception {
        // the roll-up tests' actions name no unit ("-") and are overdue by years
        QuarkusMock.installMockForType(new MovedClock(MovedClock.morningOf(LocalDate.of(2040, 1, 1))),
                NoticeClock.class);
        runs.runDue();
        assertEquals(0, count("SELECT count(*) FROM notice WHERE unit_code = '-'"));
    }

    private static int made(ActionReminderRuns.Outcome outcome) {
        return outcome.due() + outcome.overdue() + outcome.escalated();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
