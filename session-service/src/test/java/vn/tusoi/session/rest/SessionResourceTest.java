package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchema;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.session.service.ShortcomingService;
import vn.tusoi.stack.StackTestResource;
import vn.tusoi.stack.TestTokens;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class SessionResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File UNITS_CONTRACT = new File("../organization-service/contracts/org.units.schema.json");
    private static final String CAMPAIGN = "9-KH/T";
    private static final String CAMPAIGN_PATH = "/api/v1/campaigns/9-KH%2FT";
    private static final String TODAY = LocalDate.now().toString();

    private static boolean prepared;

    @Inject
    ShortcomingService shortcomings;

    @BeforeEach
    void publishHierarchyAndCampaignOnce() throws Exception {
        // the paths carry %2F already: RestAssured must not encode the % again
        RestAssured.urlEncodingEnabled = false;
        if (prepared) {
            return;
        }
        prepared = true;
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, unit("T", "PROVINCE", null, List.of(), 1));
            send(producer, unit("T.D", "DISTRICT", "T", List.of("T"), 1));
            for (String code : List.of("T.D.A", "T.D.B", "T.D.C", "T.D.E", "T.D.F")) {
                send(producer, unit(code, "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 1));
            }
            send(producer, unit("T.D.A.1", "CELL", "T.D.A", List.of("T", "T.D", "T.D.A"), 1));
            // version 2 dissolves T.D.C; the replayed version 1 after it must not bring it back
            send(producer, unit("T.D.C", "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 2, TODAY));
            send(producer, unit("T.D.C", "GRASSROOTS_COMMITTEE", "T.D", List.of("T", "T.D"), 1));
        }
        String campaign = """
                {"code":"%s","title":"Sinh hoạt chuyên đề tự soi, tự sửa","issuingUnitCode":"T.D",
                 "scopeKinds":["GRASSROOTS_COMMITTEE","GRASSROOTS_CELL"],"startDate":"2023-06-30","deadline":"2023-09-30",
                 "planReference":"Kế hoạch số 9-KH/T"}"""
                .formatted(CAMPAIGN);
        // the hierarchy arrives through Kafka: the campaign is accepted once the issuing unit is known
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(campaign)
                .post("/api/v1/campaigns").statusCode() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> post("{\"unitCode\":\"T.D.C\",\"heldOn\":\"2023-08-01\"}")
                .extract().statusCode() == 422);
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(CAMPAIGN_PATH + "/sessions").then();
    }

    private static ValidatableResponse importRows(String body, String query) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(CAMPAIGN_PATH + "/sessions/import" + query).then();
    }

    @Test
    void campaignIsAddressedByItsEncodedCode() {
        given().auth().oauth2(TestTokens.token("v", "T", "viewer")).get(CAMPAIGN_PATH).then().statusCode(200)
                .body("code", equalTo(CAMPAIGN)).body("issuingUnitCode", equalTo("T.D"))
                .body("scopeKinds", contains("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"code":"%s","title":"again","issuingUnitCode":"T.D","scopeKinds":["CELL"],
                 "startDate":"2023-06-30","deadline":"2023-09-30"}""".formatted(CAMPAIGN))
                .post("/api/v1/campaigns").then().statusCode(409).body("field", equalTo("code"));
    }

    @Test
    void campaignRequestsAreValidated() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"code":"1-KH/X","title":"","issuingUnitCode":"T.D","scopeKinds":["CELL"],
                 "startDate":"2023-06-30","deadline":"2023-09-30"}""")
                .post("/api/v1/campaigns").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("title"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"code":"1-KH/X","title":"t","issuingUnitCode":"NOWHERE","scopeKinds":["CELL"],
                 "startDate":"2023-06-30","deadline":"2023-09-30"}""")
                .post("/api/v1/campaigns").then().statusCode(422).body("field", equalTo("issuingUnitCode"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"code":"1-KH/X","title":"t","issuingUnitCode":"T.D","scopeKinds":["HAMLET"],
                 "startDate":"2023-06-30","deadline":"2023-09-30"}""")
                .post("/api/v1/campaigns").then().statusCode(400).body("field", equalTo("scopeKinds[0]"));
        given().auth().oauth2(TestTokens.token("s", "T.D.A", "secretary")).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/campaigns").then().statusCode(403);
    }

    @Test
    void aSessionIsRecordedOncePerUnit() {
        String id = post("""
                {"unitCode":"T.D.A","heldOn":"2023-08-08","attendance":{"expected":40,"present":38},
                 "chair":"Bí thư Đảng ủy","delegates":["Ủy viên Ban Thường vụ Huyện ủy","Tổ công tác số 3"],
                 "minutesSummary":"Tự soi: 21/33 chỉ tiêu đạt và vượt"}""")
                .statusCode(201).body("status", equalTo("HELD")).body("kind", equalTo("THEMATIC"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("campaignCode", equalTo(CAMPAIGN)).body("attendance.present", equalTo(38))
                .body("delegates", contains("Ủy viên Ban Thường vụ Huyện ủy", "Tổ công tác số 3"));
        post("{\"unitCode\":\"T.D.A\",\"heldOn\":\"2023-08-09\"}").statusCode(409).body("field", equalTo("unitCode"));
    }

    @Test
    void sessionsOutsideTheRulesAreRefusedWithTheFieldNamed() {
        post("{\"unitCode\":\"T.D.A.1\",\"heldOn\":\"2023-08-08\"}").statusCode(422)
                .body("field", equalTo("unitCode")).body("detail", containsString("scope"));
        post("{\"unitCode\":\"NOWHERE\",\"heldOn\":\"2023-08-08\"}").statusCode(422)
                .body("detail", containsString("unknown unit"));
        post("{\"unitCode\":\"T.D.C\",\"heldOn\":\"2023-08-08\"}").statusCode(422)
                .body("detail", containsString("dissolved"));
        post("{\"unitCode\":\"T.D.B\"}").statusCode(422).body("field", equalTo("heldOn"));
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2999-01-01\"}").statusCode(422).body("field", equalTo("heldOn"));
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-08\",\"status\":\"APPROVED\"}").statusCode(422)
                .body("field", equalTo("status"));
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-08\",\"status\":\"PARTY\"}").statusCode(400)
                .body("field", equalTo("status"));
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-08\",\"attendance\":{\"expected\":3,\"present\":4}}")
                .statusCode(422).body("field", equalTo("attendance.present"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"unitCode\":\"T.D.B\"}")
                .post("/api/v1/campaigns/NO-SUCH/sessions").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("m", "T.D.B", "member")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.B\"}").post(CAMPAIGN_PATH + "/sessions").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post(CAMPAIGN_PATH + "/sessions").then().statusCode(401);
    }

    @Test
    void bulkImportIsIdempotentByUnitAndReportsBadRows() {
        String rows = """
                [{"unitCode":"T.D.B","heldOn":"2023-08-10"},
                 {"unitCode":"T.D.A.1","heldOn":"2023-08-10"},
                 {"unitCode":"T.D.B","heldOn":"2023-08-11"},
                 {"unitCode":"","heldOn":"2023-08-11"}]""";
        importRows(rows, "?dryRun=true").statusCode(200).body("created", equalTo(1)).body("applied", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).get(CAMPAIGN_PATH + "/sessions?size=500").then()
                .body("items.unitCode", not(hasItem("T.D.B")));

        importRows(rows, "").statusCode(200).body("created", equalTo(1))
                .body("errors.index", contains(1, 2, 3)).body("errors.field", contains("unitCode", "unitCode",
                        "unitCode"));
        importRows("[{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-10\"}]", "").statusCode(200)
                .body("unchanged", equalTo(1)).body("created", equalTo(0));
        importRows("[{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-12\"}]", "").statusCode(200)
                .body("updated", equalTo(1));
    }

    @Test
    void eachChangeOfASessionIsPublishedWithoutItsMinutes() throws Exception {
        importRows("[{\"unitCode\":\"T.D.E\",\"heldOn\":\"2023-08-10\",\"minutesSummary\":\"nội dung\"}]", "")
                .statusCode(200);
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("session.sessions"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (events.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = JSON.readTree(record.value());
                    if ("T.D.E".equals(event.at("/data/unitCode").asText())) {
                        assertThat(record.value(),
                                matchesJsonSchema(new File("contracts/session.sessions.schema.json")));
                        events.add(event);
                    }
                }
            }
        }
        JsonNode data = events.get(0).get("data");
        assertEquals("vn.tusoi.session.session.changed", events.get(0).get("type").asText());
        assertEquals(CAMPAIGN, data.get("campaignCode").asText());
        assertEquals(false, data.has("minutesSummary"));
    }

    @Test
    void aSessionIsSubmittedReturnedCorrectedAndApprovedThenLocked() {
        String secretary = TestTokens.token("sec", "T.D.F", "secretary");
        String officer = TestTokens.token("off", "T.D", "officer");
        String id = post("{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-08\"}").statusCode(201).extract().path("id");
        String session = "/api/v1/sessions/" + id;

        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").post(session + "/approve").then()
                .statusCode(409).body("field", equalTo("status")).body("detail", containsString("HELD"));
        given().auth().oauth2(secretary).post(session + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-09\"}").put(session).then().statusCode(409);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{}").post(session + "/approve").then()
                .statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").post(session + "/return").then()
                .statusCode(422).body("field", equalTo("reason"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"reason\":\"Bổ sung tỷ lệ đảng viên dự sinh hoạt\"}").post(session + "/return").then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("reviewedBy", equalTo("off"));

        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-08\",\"attendance\":{\"expected\":30,\"present\":28}}")
                .put(session).then().statusCode(200).body("status", equalTo("HELD"))
                .body("attendance.present", equalTo(28));
        given().auth().oauth2(secretary).post(session + "/submit").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").post(session + "/approve").then()
                .statusCode(200).body("status", equalTo("APPROVED"));

        // approved: locked against edits, single or bulk; reporting the same again is no change
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-10\"}").put(session).then().statusCode(409)
                .body("detail", containsString("locked"));
        importRows(
                "[{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-08\",\"attendance\":{\"expected\":30,\"present\":28}}]",
                "").statusCode(200).body("unchanged", equalTo(1));
        importRows("[{\"unitCode\":\"T.D.F\",\"heldOn\":\"2023-08-11\"}]", "").statusCode(200)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(secretary).post(session + "/submit").then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).get(session).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("heldOn", equalTo("2023-08-08")).body("version", equalTo(6));
    }

    @Test
    void campaignsAreListedByIssuingUnitAndClosed() {
        String officer = TestTokens.token("off", "T.D", "officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"code":"2-KH/T","title":"Kiểm điểm cuối năm","issuingUnitCode":"T.D","scopeKinds":["GRASSROOTS_COMMITTEE"],
                         "startDate":"2023-11-01","deadline":"2023-12-31"}""")
                .post("/api/v1/campaigns").then().statusCode(201);
        given().auth().oauth2(officer).queryParam("issuingUnitCode", "T.D").get("/api/v1/campaigns").then()
                .statusCode(200).body("items.code", hasItem("2-KH/T")).body("items.code", hasItem(CAMPAIGN));
        given().auth().oauth2(officer).queryParam("issuingUnitCode", "T").get("/api/v1/campaigns").then()
                .statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(TestTokens.token("sec", "T.D.A", "secretary")).post("/api/v1/campaigns/2-KH%2FT/close")
                .then().statusCode(403);
        given().auth().oauth2(officer).post("/api/v1/campaigns/2-KH%2FT/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(officer).post("/api/v1/campaigns/2-KH%2FT/close").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.A\",\"heldOn\":\"2023-12-01\"}")
                .post("/api/v1/campaigns/2-KH%2FT/sessions").then().statusCode(409)
                .body("detail", containsString("closed"));
    }

    @Test
    void indicatorsComeBackWithTheirAttainmentUncapped() throws Exception {
        String body = """
                [{"name":"Vận động xã hội hóa","unit":"tỷ đồng","target":4,"actual":7.17},
                 {"name":"Thu thuế","unit":"tỷ đồng","target":40,"actual":41},
                 {"name":"Kết nạp đảng viên mới","unit":"đảng viên","target":5,"actual":7},
                 {"name":"Thu Quỹ phòng, chống thiên tai trong doanh nghiệp","unit":"%","target":100,"actual":31}]""";
        String path = "/api/v1/units/T.D.A/indicators/2022";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).put(path).then()
                .statusCode(200).body("met", equalTo(3)).body("total", equalTo(4))
                .body("indicators.attainmentPercent", contains(179.3f, 102.5f, 140.0f, 31.0f))
                .body("indicators.status", contains("EXCEEDED", "EXCEEDED", "EXCEEDED", "NOT_MET"));
        given().auth().oauth2(TestTokens.token("v", "T.D.A", "viewer")).get(path).then().statusCode(200)
                .body("version", equalTo(1)).body("indicators[2].attainmentPercent", equalTo(140.0f));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/units/T.D.A/indicators/2025-2020").then().statusCode(400)
                .body("field", equalTo("period"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("[{\"name\":\"a\",\"target\":1,\"actual\":1},{\"name\":\"a\",\"target\":2,\"actual\":1}]")
                .put(path)
                .then().statusCode(422).body("field", equalTo("[1].name"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("[{\"name\":\"a\",\"target\":0,\"actual\":-1}]").put(path).then().statusCode(400)
                .body("errors.field", contains("[0].actual", "[0].target"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("[]")
                .put("/api/v1/units/NOWHERE/indicators/2022").then().statusCode(422);
        given().auth().oauth2(TestTokens.token("m", "T.D.A", "member")).contentType(ContentType.JSON).body("[]")
                .put(path).then().statusCode(403);
        // the refused requests changed nothing
        given().auth().oauth2(TestTokens.admin()).get(path).then().body("version", equalTo(1)).body("total",
                equalTo(4));

        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("session.indicators"));
            String found = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (found == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ("T.D.A|2022".equals(record.key())) {
                        found = record.value();
                    }
                }
            }
            assertThat(found, matchesJsonSchema(new File("contracts/session.indicators.schema.json")));
            assertEquals(3, JSON.readTree(found).at("/data/met").asInt());
        }
    }

    @Test
    void shortcomingsAreFollowedAcrossReviewsUntilVerified() throws Exception {
        String officer = TestTokens.token("off", "T.D", "officer");
        for (String year : List.of("2022", "2023")) {
            given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                    {"code":"KD-%s/T","title":"Kiểm điểm cuối năm %s","issuingUnitCode":"T.D",
                     "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"%s-11-01","deadline":"%s-12-31"}"""
                    .formatted(year, year, year, year)).post("/api/v1/campaigns").then().statusCode(201);
        }
        String review2022 = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2022-12-20\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/KD-2022%2FT/sessions").then().statusCode(201).extract().path("id");
        String land = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"area":"LAND_ENVIRONMENT","description":"Vi phạm đất đai, xây dựng trái phép chưa được xử lý dứt điểm",
                         "causes":[{"kind":"OBJECTIVE","description":"Hồ sơ đất đai qua nhiều thời kỳ"},
                                   {"kind":"SUBJECTIVE","description":"Cấp ủy chưa quyết liệt chỉ đạo"}],
                         "rootCause":"Trách nhiệm người đứng đầu chưa cao","responsibility":"COLLECTIVE",
                         "actions":[{"description":"Rà soát, lập hồ sơ các trường hợp vi phạm","owner":"Chủ tịch UBND xã","dueOn":"2023-03-31"},
                                    {"description":"Xử lý dứt điểm các trường hợp vi phạm","owner":"Phó Chủ tịch UBND xã","dueOn":"2023-06-30"}]}""")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("causes.kind", contains("OBJECTIVE", "SUBJECTIVE"))
                .body("actions.status", contains("PLANNED", "PLANNED")).extract().path("id");
        String attendance = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"area":"PARTY_BUILDING","description":"Tỷ lệ đảng viên dự sinh hoạt chi bộ thấp",
                         "responsibility":"INDIVIDUAL","responsibleMember":"DV-0001",
                         "actions":[{"description":"Nhắc nhở, kiểm điểm đảng viên vắng","owner":"Bí thư chi bộ","dueOn":"2023-02-28"}]}""")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"area\":\"OTHER\",\"description\":\"x\",\"responsibility\":\"INDIVIDUAL\"}")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(422)
                .body("field", equalTo("responsibleMember"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"area\":\"NOWHERE\",\"description\":\"x\"}")
                .post("/api/v1/sessions/" + review2022 + "/shortcomings").then().statusCode(400)
                .body("field", equalTo("area"));

        // the attendance shortcoming is fixed and verified within the year
        String attendanceAction = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + attendance).then()
                .extract().path("actions[0].id");
        action(attendanceAction, "{\"status\":\"VERIFIED\"}").statusCode(409);
        given().auth().oauth2(officer).post("/api/v1/actions/" + attendanceAction + "/verify").then().statusCode(409);
        action(attendanceAction, "{\"status\":\"DONE\",\"notes\":\"Tỷ lệ dự sinh hoạt đạt 95%\"}").statusCode(200)
                .body("progressPercent", equalTo(100));
        given().auth().oauth2(TestTokens.token("s", "T.D.B", "secretary"))
                .post("/api/v1/actions/" + attendanceAction + "/verify").then().statusCode(403);
        given().auth().oauth2(officer).post("/api/v1/actions/" + attendanceAction + "/verify").then()
                .statusCode(200).body("status", equalTo("VERIFIED"));
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + attendance).then().body("status",
                equalTo("RESOLVED"));

        // the land shortcoming is only half done: its actions are overdue, announced once
        String firstLandAction = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + land).then()
                .extract().path("actions[0].id");
        action(firstLandAction, "{\"status\":\"IN_PROGRESS\",\"progressPercent\":60}").statusCode(200);
        assertEquals(2, shortcomings.announceOverdue(LocalDate.now()));
        assertEquals(0, shortcomings.announceOverdue(LocalDate.now()));
        given().auth().oauth2(officer).get("/api/v1/units/T.D/actions/overdue").then().statusCode(200)
                .body("total", equalTo(2)).body("items.overdue", contains(true, true));
        given().auth().oauth2(officer).get("/api/v1/units/T.D/shortcomings").then().statusCode(200)
                .body("items.id", hasItem(land)).body("items.id", not(hasItem(attendance)));

        // a year later: carried over into the 2023 review, with its unfinished actions
        String review2023 = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-12-18\",\"kind\":\"ANNUAL_REVIEW\"}")
                .post("/api/v1/campaigns/KD-2023%2FT/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"sessionId\":\"" + review2022 + "\"}")
                .post("/api/v1/shortcomings/" + land + "/carry-over").then().statusCode(422)
                .body("field", equalTo("sessionId"));
        String carried = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"sessionId\":\"" + review2023 + "\"}").post("/api/v1/shortcomings/" + land + "/carry-over")
                .then().statusCode(201).body("carriedFromId", equalTo(land)).body("status", equalTo("OPEN"))
                .body("actions.progressPercent", contains(60, 0)).extract().path("id");
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + land).then().body("status",
                equalTo("CARRIED_OVER"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"sessionId\":\"" + review2023 + "\"}")
                .post("/api/v1/shortcomings/" + land + "/carry-over").then().statusCode(409);

        // both actions done; one verified, one sent back, then verified: the shortcoming resolves
        List<String> actions = given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then()
                .extract().path("actions.id");
        for (String id : actions) {
            action(id, "{\"status\":\"DONE\"}").statusCode(200);
        }
        given().auth().oauth2(officer).post("/api/v1/actions/" + actions.get(0) + "/verify").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"reason\":\"Còn 2 trường hợp tái vi phạm\"}")
                .post("/api/v1/actions/" + actions.get(1) + "/reopen").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then().body("status", equalTo("OPEN"));
        action(actions.get(1), "{\"status\":\"DONE\"}").statusCode(200);
        given().auth().oauth2(officer).post("/api/v1/actions/" + actions.get(1) + "/verify").then().statusCode(200);
        given().auth().oauth2(officer).get("/api/v1/shortcomings/" + carried).then().body("status",
                equalTo("RESOLVED"));
        action(actions.get(1), "{\"notes\":\"late\"}").statusCode(409);

        // what went out: state for the roll-ups, as documented, and no text
        String resolved = record("session.shortcomings", carried, "/data/status", "RESOLVED");
        assertThat(resolved, matchesJsonSchema(new File("contracts/session.shortcomings.schema.json")));
        assertEquals("RESOLVED", JSON.readTree(resolved).at("/data/status").asText());
        assertEquals(false, resolved.contains("Vi phạm đất đai"));
        String overdueEvent = record("session.actions", firstLandAction, "/data/overdue", "true");
        assertThat(overdueEvent, matchesJsonSchema(new File("contracts/session.actions.schema.json")));
        assertEquals(true, JSON.readTree(overdueEvent).at("/data/overdue").asBoolean());
    }

    /** The first record on a topic with the key and a field of the given value, waiting up to 20 s for it. */
    private static String record(String topic, String key, String field, String value) throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && value.equals(JSON.readTree(record.value()).at(field).asText())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record " + key + " with " + field + " = " + value + " on " + topic);
    }

    private static ValidatableResponse action(String id, String body) {
        return given().auth().oauth2(TestTokens.token("s", "T.D.B", "secretary")).contentType(ContentType.JSON)
                .body(body).patch("/api/v1/actions/" + id).then();
    }

    @Test
    void aMembersSelfReviewIsGradedAndItsTextStaysHere() throws Exception {
        String member = TestTokens.token("DV-0042", "T.D.A.1", "member");
        String secretary = TestTokens.token("sec", "T.D.A.1", "secretary");
        String officer = TestTokens.token("off", "T.D", "officer");
        String path = CAMPAIGN_PATH + "/self-reviews/DV-0042";
        String review = """
                {"unitCode":"T.D.A.1","manifestations":[9,3],"personalShortcomings":"Có lúc ngại va chạm",
                 "improvementPlan":"Thẳng thắn góp ý trong sinh hoạt chi bộ","selfGrade":"EXCELLENT"}""";
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review).put(path).then().statusCode(200)
                .body("stage", equalTo("SELF_ASSESSED")).body("manifestations", contains(3, 9));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("EXCELLENT", "GOOD")).put(path)
                .then().statusCode(200).body("selfGrade", equalTo("GOOD")).body("version", equalTo(2));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("[9,3]", "[9,9]")).put(path)
                .then().statusCode(422).body("field", equalTo("manifestations"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("[9,3]", "[28]")).put(path)
                .then().statusCode(400).body("field", equalTo("manifestations[0]"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("T.D.A.1", "NOWHERE"))
                .put(path).then().statusCode(422).body("field", equalTo("unitCode"));

        given().auth().oauth2(member).contentType(ContentType.JSON).body("{\"grade\":\"EXCELLENT\"}")
                .post(path + "/propose").then().statusCode(403);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/decide").then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/decide").then().statusCode(409).body("field", equalTo("stage"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/propose").then().statusCode(200).body("stage", equalTo("PROPOSED"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review).put(path).then().statusCode(409);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"COMPLETED\"}")
                .post(path + "/decide").then().statusCode(200).body("decidedGrade", equalTo("COMPLETED"))
                .body("selfGrade", equalTo("GOOD")).body("proposedGrade", equalTo("GOOD"));

        String event = record("session.self-reviews", CAMPAIGN + "|DV-0042", "/data/stage", "DECIDED");
        assertThat(event, matchesJsonSchema(new File("contracts/session.self-reviews.schema.json")));
        assertEquals(false, event.contains("ngại va chạm") || event.contains("Thẳng thắn"));
        assertEquals(2, JSON.readTree(event).at("/data/manifestationsFound").asInt());
    }

    @Test
    void aUnitsYearlyClassificationIsSelfAssessedProposedDecided() throws Exception {
        String officer = TestTokens.token("off", "T.D", "officer");
        String path = "/api/v1/units/T.D.A/classifications/2022";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"EXCELLENT\"}").put(path)
                .then().statusCode(200).body("stage", equalTo("SELF_ASSESSED"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/propose").then().statusCode(200);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}").put(path).then()
                .statusCode(409);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/decide").then().statusCode(200).body("decidedGrade", equalTo("GOOD"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(path + "/decide").then().statusCode(409);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .put("/api/v1/units/T.D.A/classifications/1800").then().statusCode(400).body("field", equalTo("year"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").put(path).then().statusCode(400)
                .body("field", equalTo("grade"));
        String event = record("session.classifications", "T.D.A|2022", "/data/stage", "DECIDED");
        assertThat(event, matchesJsonSchema(new File("contracts/session.classifications.schema.json")));
    }

    @Test
    void theCampaignIsPublishedAsDocumented() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("session.campaigns"));
            String found = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (found == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (CAMPAIGN.equals(record.key())) {
                        found = record.value();
                    }
                }
            }
            assertThat(found, matchesJsonSchema(new File("contracts/session.campaigns.schema.json")));
            assertEquals("T.D", JSON.readTree(found).at("/data/issuingUnitCode").asText());
        }
    }

    private static String unit(String code, String kind, String parent, List<String> ancestors, long version) {
        return unit(code, kind, parent, ancestors, version, null);
    }

    private static String unit(String code, String kind, String parent, List<String> ancestors, long version,
            String validTo) {
        try {
            Map<String, Object> data = new HashMap<>(Map.of("code", code, "name", code, "kind", kind,
                    "ancestors", ancestors, "depth", ancestors.size(), "version", version));
            data.put("parentCode", parent);
            data.put("validTo", validTo);
            String event = JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                    "source", "/organization-service", "type", "vn.tusoi.org.unit.changed",
                    "time", "2023-06-30T00:00:00Z", "data", data));
            // the consumer's side of the contract: what this test feeds the listener is what organization-service
            // documents it publishes
            assertThat(event, matchesJsonSchema(UNITS_CONTRACT));
            return event;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(KafkaProducer<String, String> producer, String event) throws Exception {
        String key = JSON.readTree(event).at("/data/code").asText();
        producer.send(new ProducerRecord<>("org.units", key, event)).get();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, StackTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
