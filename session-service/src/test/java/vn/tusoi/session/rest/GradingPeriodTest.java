package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * QĐ 366-QĐ/TW grades per year, quarter, term or occasion: a classification is for a period, whose days decide which
 * sessions' shortcomings and which disciplinary decisions count; yearly classifications keep their paths; a campaign
 * names the period its grades are for.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class GradingPeriodTest {

    private static final String OFFICER = TestTokens.token("off.ky", "T.D", "officer");
    private static final String SECRETARY = TestTokens.token("sec.ky", "T.D.KY", "secretary");

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void aQuarterCountsTheShortcomingsOfItsOwnSessionsOnly() throws Exception {
        Fixture.committees(List.of("T.D.KY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.KY")) == 1);
        String third = shortcoming("KY-2025-Q3", "2025-08-14");
        shortcoming("KY-2025-Q2", "2025-05-20");
        String path = "/api/v1/units/T.D.KY/classifications/2025-Q3";
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body("{\"grade\":\"EXCELLENT\"}").put(path)
                .then().statusCode(200).body("period", equalTo("2025-Q3")).body("year", nullValue());
        given().auth().oauth2(OFFICER).get(path + "/conditions").then().statusCode(200)
                .body("openShortcomings.id", contains(third));
        given().auth().oauth2(OFFICER).get("/api/v1/units/T.D.KY/classifications/2025-Q4/conditions").then()
                .statusCode(200).body("remedied", equalTo(true)).body("openShortcomings", hasSize(0));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"EXCELLENT\"}")
                .post(path + "/propose").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:excellent-needs-remediation")).body("errors", hasSize(1));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/propose").then().statusCode(200).body("proposedGrade", equalTo("GOOD"));

        // the quarter and the year are two classifications, each with its event keyed by its period
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.KY/classifications/2025").then().statusCode(200)
                .body("period", equalTo("2025")).body("year", equalTo(2025)).body("stage", equalTo("SELF_ASSESSED"));
        JsonNode quarter = Fixture.JSON.readTree(Fixture.record("session.classifications", "T.D.KY|2025-Q3",
                "/data/stage", "PROPOSED")).path("data");
        assertEquals("2025-Q3", quarter.path("period").asText());
        assertTrue(quarter.path("year").isNull());
        JsonNode year = Fixture.JSON.readTree(Fixture.record("session.classifications", "T.D.KY|2025",
                "/data/stage", "SELF_ASSESSED")).path("data");
        assertEquals(2025, year.path("year").asInt());
    }

    @Test
    void aTermAndAnOccasionAreGradedOverTheirDays() throws Exception {
        Fixture.committees(List.of("T.D.NK"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.NK")) == 1);
        String secretary = TestTokens.token("sec.nk", "T.D.NK", "secretary");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"unitCode":"T.D.NK","year":2021,"decisionReference":"Quyết định số 3-QĐ/UBKTHU",
                 "decidedOn":"2021-04-02"}""").post("/api/v1/disciplinary-records").then().statusCode(201);
        // a decision of 2021 lies in the term 2020-2025, not in the year 2023
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.NK/classifications/2020-2025").then().statusCode(200);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post("/api/v1/units/T.D.NK/classifications/2020-2025/propose").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:disciplined-in-period"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.NK/classifications/2023").then().statusCode(200);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post("/api/v1/units/T.D.NK/classifications/2023/propose").then().statusCode(200);

        // a quarter counts the decisions taken within its days: one of February bars the first quarter only
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"unitCode":"T.D.NK","year":2024,"decisionReference":"Quyết định số 9-QĐ/UBKTHU",
                 "decidedOn":"2024-02-10"}""").post("/api/v1/disciplinary-records").then().statusCode(201);
        for (String quarter : List.of("2024-Q1", "2024-Q2")) {
            given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                    .put("/api/v1/units/T.D.NK/classifications/" + quarter).then().statusCode(200);
        }
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post("/api/v1/units/T.D.NK/classifications/2024-Q1/propose").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:disciplined-in-period"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post("/api/v1/units/T.D.NK/classifications/2024-Q2/propose").then().statusCode(200);

        String occasion = """
                {"code":"truoc-dai-hoi-nk","title":"Kiểm điểm trước Đại hội Đảng bộ nhiệm kỳ 2025–2030",
                 "issuingUnitCode":"T.D","firstDay":"2025-01-01","lastDay":"2025-03-31"}""";
        given().auth().oauth2(TestTokens.token("off.u", "U.X", "officer")).contentType(ContentType.JSON)
                .body(occasion).post("/api/v1/grading-periods/occasions").then().statusCode(403);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(occasion.replace("\"2025-03-31\"", "\"2024-12-31\"")).post("/api/v1/grading-periods/occasions")
                .then().statusCode(422).body("type", equalTo("urn:tusoi:problem:occasion-days-reversed"))
                .body("field", equalTo("lastDay"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(occasion.replace("truoc-dai-hoi-nk", "Trước Đại hội")).post("/api/v1/grading-periods/occasions")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(occasion)
                .post("/api/v1/grading-periods/occasions").then().statusCode(201)
                .body("kind", equalTo("OCCASION")).body("lastDay", equalTo("2025-03-31"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(occasion)
                .post("/api/v1/grading-periods/occasions").then().statusCode(409)
                .body("type", equalTo("urn:tusoi:problem:grading-occasion-exists"));
        given().auth().oauth2(TestTokens.token("viewer.nk", "T.D", "viewer")).get("/api/v1/grading-periods/occasions")
                .then().statusCode(200).body("code", hasItem("truoc-dai-hoi-nk"));
        given().auth().oauth2(OFFICER).get("/api/v1/grading-periods/truoc-dai-hoi-nk").then().statusCode(200)
                .body("title", equalTo("Kiểm điểm trước Đại hội Đảng bộ nhiệm kỳ 2025–2030"));
        given().auth().oauth2(OFFICER).get("/api/v1/grading-periods/2026-Q2").then().statusCode(200)
                .body("kind", equalTo("QUARTER")).body("firstDay", equalTo("2026-04-01"))
                .body("lastDay", equalTo("2026-06-30"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.NK/classifications/truoc-dai-hoi-nk").then().statusCode(200)
                .body("period", equalTo("truoc-dai-hoi-nk"));
    }

    @Test
    void aPeriodThatIsNoneIsRefusedAndNothingIsKept() throws Exception {
        Fixture.committees(List.of("T.D.SAI"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.SAI")) == 1);
        String secretary = TestTokens.token("sec.sai", "T.D.SAI", "secretary");
        for (String period : List.of("2025-Q5", "2025-2024", "2000-2020", "1800", "9999-Q1", "Quy-3")) {
            given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                    .put("/api/v1/units/T.D.SAI/classifications/" + period).then().statusCode(400)
                    .body("type", equalTo("urn:tusoi:problem:period-invalid")).body("field", equalTo("period"));
        }
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.SAI/classifications/chua-khai-bao").then().statusCode(404)
                .body("type", equalTo("urn:tusoi:problem:period-not-found"));
        assertEquals(0, count("SELECT count(*) FROM unit_classification WHERE unit_code = 'T.D.SAI'"));
    }

    @Test
    void aCampaignNamesThePeriodItsGradesAreForItsDeadlinesYearIfNone() throws Exception {
        String campaign = """
                {"code":"%s","title":"Kiểm điểm quý III","issuingUnitCode":"T.D","scopeKinds":["GRASSROOTS_CELL"],
                 "startDate":"2025-09-15","deadline":"2025-10-10"%s}""";
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(campaign.formatted("KY-Q3/T",
                ",\"gradingPeriod\":\"2025-Q3\"")).post("/api/v1/campaigns").then().statusCode(201)
                .body("gradingPeriod", equalTo("2025-Q3"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(campaign.formatted("KY-NAM/T", ""))
                .post("/api/v1/campaigns").then().statusCode(201).body("gradingPeriod", equalTo("2025"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(campaign.formatted("KY-SAI/T",
                ",\"gradingPeriod\":\"chua-khai-bao\"")).post("/api/v1/campaigns").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:period-unknown")).body("field", equalTo("gradingPeriod"));
        assertEquals(0, count("SELECT count(*) FROM campaign WHERE code = 'KY-SAI/T'"));
        JsonNode event = Fixture.JSON.readTree(Fixture.record("session.campaigns", "KY-Q3/T", "/data/gradingPeriod",
                "2025-Q3"));
        assertEquals("2025-10-10", event.path("data").path("deadline").asText());
    }

    /** A shortcoming with one action, raised in a new campaign's session of T.D.KY held on the day. */
    private static String shortcoming(String campaign, String heldOn) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"code":"%s","title":"Kiểm điểm quý","issuingUnitCode":"T.D","scopeKinds":["GRASSROOTS_COMMITTEE"],
                 "startDate":"%s","deadline":"%s"}""".formatted(campaign, heldOn, heldOn)).post("/api/v1/campaigns")
                .then().statusCode(201);
        String session = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.KY\",\"heldOn\":\"" + heldOn + "\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/" + campaign + "/sessions").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"area":"PARTY_BUILDING","description":"Sinh hoạt chi bộ chưa đều đặn","responsibility":"COLLECTIVE",
                 "actions":[{"description":"Tổ chức sinh hoạt đúng kỳ","owner":"Bí thư","dueOn":"2099-12-31"}]}""")
                .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201).extract().path("id");
    }

    private long count(String sql) throws Exception {
        try (var connection = database.getConnection(); var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
