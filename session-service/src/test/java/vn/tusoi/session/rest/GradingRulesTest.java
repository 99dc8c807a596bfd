package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.tusoi.session.rest.Fixture.CAMPAIGN_PATH;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Grading by QĐ 366-QĐ/TW's rules the service can check: "Hoàn thành xuất sắc nhiệm vụ" needs every shortcoming
 * remedied (refused over an open one, the shortcomings listed; taken once they are resolved); no grade above what the
 * 100-point score sheet allows; none above "Hoàn thành nhiệm vụ" for one disciplined in the period. The conditions
 * show the records behind them, and a unit's targets as advice.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class GradingRulesTest {

    private static final String OFFICER = TestTokens.token("off.xs", "T.D", "officer");

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void aUnitWithAnOpenShortcomingOfTheYearIsNotGradedExcellentUntilItIsResolved() throws Exception {
        Fixture.committees(List.of("T.D.XS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.XS")) == 1);
        String shortcoming = shortcomingIn("XS-2025/T", "T.D.XS", "2025-12-10",
                "\"responsibility\":\"COLLECTIVE\"");
        // one of an earlier year, still open, is not the year's
        shortcomingIn("XS-2024/T", "T.D.XS", "2024-12-10", "\"responsibility\":\"COLLECTIVE\"");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                [{"name":"Kết nạp đảng viên","unit":"đảng viên","target":5,"actual":7},
                 {"name":"Thu ngân sách","unit":"tỷ đồng","target":4,"actual":4}]""")
                .put("/api/v1/units/T.D.XS/indicators/2025").then().statusCode(200);
        String path = "/api/v1/units/T.D.XS/classifications/2025";
        given().auth().oauth2(TestTokens.token("sec.xs", "T.D.XS", "secretary")).contentType(ContentType.JSON)
                .body("{\"grade\":\"EXCELLENT\"}").put(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("viewer.xs", "T.D", "viewer")).get(path + "/conditions").then()
                .statusCode(200).body("remedied", equalTo(false))
                .body("openShortcomings.id", contains(shortcoming))
                .body("openShortcomings[0].heldOn", equalTo("2025-12-10"))
                .body("targets.total", equalTo(2)).body("targets.met", equalTo(2))
                .body("targets.exceeded", equalTo(1)).body("targets.allMet", equalTo(true))
                .body("targets.thirtyPercentExceeded", equalTo(true));
        grade(path + "/propose", "EXCELLENT").statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:excellent-needs-remediation"))
                .body("field", equalTo("grade")).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("shortcomings[0]"))
                .body("errors[0].message", containsString(shortcoming));
        given().auth().oauth2(OFFICER).get(path).then().body("stage", equalTo("SELF_ASSESSED"));

        resolve(shortcoming);
        given().auth().oauth2(OFFICER).get(path + "/conditions").then().body("remedied", equalTo(true))
                .body("openShortcomings", hasSize(0));
        grade(path + "/propose", "EXCELLENT").statusCode(200);
        grade(path + "/decide", "EXCELLENT").statusCode(200).body("decidedGrade", equalTo("EXCELLENT"));
    }

    @Test
    void aMemberWhoAnswersForAnOpenShortcomingIsNotDecidedExcellent() throws Exception {
        Fixture.committees(List.of("T.D.XM"));
        Fixture.members(Map.of("DV-4201", "T.D.A.1"), "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.XM")) == 1
                && Fixture.knownMembers(database, List.of("DV-4201")) == 1);
        given().auth().oauth2(TestTokens.member("DV-4201", "T.D.A.1")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.A.1\",\"manifestations\":[],\"selfGrade\":\"EXCELLENT\"}")
                .put(CAMPAIGN_PATH + "/self-reviews/DV-4201").then().statusCode(200);
        String shortcoming = shortcomingIn("XM-2025/T", "T.D.XM", "2025-11-20",
                "\"responsibility\":\"INDIVIDUAL\",\"responsibleMember\":\"DV-4201\"");
        String path = CAMPAIGN_PATH + "/self-reviews/DV-4201";
        given().auth().oauth2(TestTokens.member("DV-4201", "T.D.A.1")).get(path + "/conditions").then()
                .statusCode(200).body("remedied", equalTo(false)).body("openShortcomings.id", contains(shortcoming));
        String secretary = TestTokens.token("sec.xm", "T.D.A.1", "secretary");
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"EXCELLENT\"}")
                .post(path + "/propose").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:excellent-needs-remediation"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/propose").then().statusCode(200);
        // the committee cannot decide above the rule either
        grade(path + "/decide", "EXCELLENT").statusCode(422)
                .body("errors[0].message", containsString(shortcoming));
        resolve(shortcoming);
        grade(path + "/decide", "EXCELLENT").statusCode(200).body("decidedGrade", equalTo("EXCELLENT"));
    }

    @Test
    void aGradeAboveWhatTheScoreSheetAllowsIsRefused() throws Exception {
        Fixture.committees(List.of("T.D.SC"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.SC")) == 1);
        String path = "/api/v1/units/T.D.SC/classifications/2025";
        String secretary = TestTokens.token("sec.sc", "T.D.SC", "secretary");
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(scored("EXCELLENT", "\"CHUNG\":28,\"NHIEM-VU\":60")).put(path).then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:grade-above-score")).body("field", equalTo("grade"))
                .body("detail", containsString("88"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(scored("GOOD", "\"CHUNG\":31,\"NHIEM-VU\":60")).put(path).then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:score-above-maximum"))
                .body("field", equalTo("score.points.CHUNG"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(scored("GOOD", "\"CHUNG\":28"))
                .put(path).then().statusCode(422).body("type", equalTo("urn:tusoi:problem:score-group-missing"))
                .body("field", equalTo("score.points.NHIEM-VU"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(scored("GOOD", "\"CHUNG\":28,\"NHIEM-VU\":60,\"KHAC\":1")).put(path).then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:score-group-unknown"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(scored("GOOD", "\"CHUNG\":-1,\"NHIEM-VU\":60")).put(path).then().statusCode(400);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"grade\":\"GOOD\",\"score\":{\"frameId\":\"NO-SUCH\",\"points\":{\"A\":1}}}").put(path)
                .then().statusCode(422).body("type", equalTo("urn:tusoi:problem:criteria-frame-unknown"));
        // nothing of the refused ones was kept
        given().auth().oauth2(OFFICER).get(path).then().statusCode(404);
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(scored("GOOD", "\"CHUNG\":28,\"NHIEM-VU\":60")).put(path).then().statusCode(200)
                .body("score.frameId", equalTo("QD366-2-NHOM")).body("score.total", equalTo(88))
                .body("score.grade", equalTo("GOOD"));
        // the superior proposes above the unit's own sheet only with a sheet of its own that allows it
        grade(path + "/propose", "EXCELLENT").statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:grade-above-score"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(scored("EXCELLENT", "\"CHUNG\":30,\"NHIEM-VU\":62.5")).post(path + "/propose").then()
                .statusCode(200).body("score.total", equalTo(92.5f)).body("score.grade", equalTo("EXCELLENT"));
        grade(path + "/decide", "EXCELLENT").statusCode(200).body("decidedGrade", equalTo("EXCELLENT"));
        // a member's self-grade is held to the member's own sheet
        Fixture.members(Map.of("DV-4202", "T.D.A.1"), "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.knownMembers(database, List.of("DV-4202")) == 1);
        given().auth().oauth2(TestTokens.member("DV-4202", "T.D.A.1")).contentType(ContentType.JSON)
                .body("""
                        {"unitCode":"T.D.A.1","manifestations":[],"selfGrade":"EXCELLENT",
                         "score":{"points":{"CHUNG":25,"NHIEM-VU":55}}}""")
                .put(CAMPAIGN_PATH + "/self-reviews/DV-4202").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:grade-above-score")).body("field", equalTo("selfGrade"));
    }

    @Test
    void aUnitOrMemberDisciplinedInThePeriodIsGradedAtMostCompleted() throws Exception {
        Fixture.committees(List.of("T.D.KL"));
        Fixture.members(Map.of("DV-4203", "T.D.A.1"), "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.KL")) == 1
                && Fixture.knownMembers(database, List.of("DV-4203")) == 1);
        String path = "/api/v1/units/T.D.KL/classifications/2025";
        String decision = """
                {"unitCode":"T.D.KL","year":2025,"decisionReference":"Quyết định số 12-QĐ/UBKTHU",
                 "decidedOn":"2025-06-02"}""";
        given().auth().oauth2(TestTokens.token("sec.kl", "T.D.KL", "secretary")).contentType(ContentType.JSON)
                .body(decision).post("/api/v1/disciplinary-records").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("off.u", "U.X", "officer")).contentType(ContentType.JSON)
                .body(decision).post("/api/v1/disciplinary-records").then().statusCode(403);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(decision.replace("\"year\":2025,", ""))
                .post("/api/v1/disciplinary-records").then().statusCode(400).body("field", equalTo("year"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(decision)
                .post("/api/v1/disciplinary-records").then().statusCode(201).body("registryNo", equalTo(null));
        given().auth().oauth2(OFFICER).get("/api/v1/disciplinary-records?unitCode=T.D.KL&year=2025").then()
                .statusCode(200).body("decisionReference", contains("Quyết định số 12-QĐ/UBKTHU"));
        given().auth().oauth2(TestTokens.token("sec.kl", "T.D.KL", "secretary")).contentType(ContentType.JSON)
                .body("{\"grade\":\"GOOD\"}").put(path).then().statusCode(200);
        given().auth().oauth2(OFFICER).get(path + "/conditions").then()
                .body("disciplined.decisionReference", contains("Quyết định số 12-QĐ/UBKTHU"));
        grade(path + "/propose", "GOOD").statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:disciplined-in-period"))
                .body("errors[0].message", containsString("12-QĐ/UBKTHU"));
        grade(path + "/propose", "COMPLETED").statusCode(200);
        grade(path + "/decide", "COMPLETED").statusCode(200).body("decidedGrade", equalTo("COMPLETED"));
        // another year is not the period
        given().auth().oauth2(TestTokens.token("sec.kl", "T.D.KL", "secretary")).contentType(ContentType.JSON)
                .body("{\"grade\":\"GOOD\"}").put("/api/v1/units/T.D.KL/classifications/2024").then()
                .statusCode(200);
        grade("/api/v1/units/T.D.KL/classifications/2024/propose", "GOOD").statusCode(200);

        // a member: the period is the campaign's grading period (9-KH/T: its deadline's year, 2023)
        given().auth().oauth2(TestTokens.member("DV-4203", "T.D.A.1")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.A.1\",\"manifestations\":[],\"selfGrade\":\"GOOD\"}")
                .put(CAMPAIGN_PATH + "/self-reviews/DV-4203").then().statusCode(200);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"unitCode":"T.D.A.1","registryNo":"DV-4203","year":2023,
                 "decisionReference":"Quyết định số 7-QĐ/UBKT","decidedOn":"2023-05-10"}""")
                .post("/api/v1/disciplinary-records").then().statusCode(201);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"unitCode":"T.D.A.1","registryNo":"DV-9999","year":2023,
                 "decisionReference":"Quyết định số 8-QĐ/UBKT","decidedOn":"2023-05-10"}""")
                .post("/api/v1/disciplinary-records").then().statusCode(422).body("field", equalTo("registryNo"));
        String secretary = TestTokens.token("sec.kl1", "T.D.A.1", "secretary");
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(CAMPAIGN_PATH + "/self-reviews/DV-4203/propose").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:disciplined-in-period"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"COMPLETED\"}")
                .post(CAMPAIGN_PATH + "/self-reviews/DV-4203/propose").then().statusCode(200);
    }

    private static String scored(String grade, String points) {
        return "{\"grade\":\"" + grade + "\",\"score\":{\"points\":{" + points + "}}}";
    }

    /** A shortcoming with one action, raised in a new campaign's session of the unit held on the day. */
    private static String shortcomingIn(String campaign, String unit, String heldOn, String responsibility) {
        String year = heldOn.substring(0, 4);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"code":"%s","title":"Kiểm điểm cuối năm %s","issuingUnitCode":"T.D",
                 "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"%s-11-01","deadline":"%s-12-31"}"""
                .formatted(campaign, year, year, year)).post("/api/v1/campaigns").then().statusCode(201);
        String session = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"heldOn\":\"" + heldOn + "\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/" + campaign.replace("/", "%2F") + "/sessions").then().statusCode(201)
                .extract().path("id");
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("""
                {"area":"PARTY_BUILDING","description":"Sinh hoạt chi bộ chưa đều đặn",%s,
                 "actions":[{"description":"Tổ chức sinh hoạt đúng kỳ","owner":"Bí thư","dueOn":"%s"}]}"""
                // due ahead: an overdue action here would be counted by another test's overdue round
                .formatted(responsibility, LocalDate.now().plusYears(1)))
                .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201).extract().path("id");
    }

    /** The unit reports its action done and the superior verifies it: the shortcoming is resolved. */
    private static void resolve(String shortcoming) {
        String action = given().auth().oauth2(OFFICER).get("/api/v1/shortcomings/" + shortcoming).then()
                .extract().path("actions[0].id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"status\":\"DONE\"}")
                .patch("/api/v1/actions/" + action).then().statusCode(200);
        given().auth().oauth2(OFFICER).post("/api/v1/actions/" + action + "/verify").then().statusCode(200);
        given().auth().oauth2(OFFICER).get("/api/v1/shortcomings/" + shortcoming).then()
                .body("status", equalTo("RESOLVED"));
    }

    private static ValidatableResponse grade(String path, String grade) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"grade\":\"" + grade + "\"}")
                .post(path).then();
    }
}
