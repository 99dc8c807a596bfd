package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.*;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Sessions: recorded alone and in bulk, checked against the hierarchy, moved through review. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class SessionResourceTest {

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
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
        // a misspelled optional field is refused, not dropped
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-08\",\"attendence\":{\"expected\":3,\"present\":2}}")
                .statusCode(400).body("field", equalTo("attendence"));
        post("{\"unitCode\":\"T.D.B\",\"heldOn\":\"2023-08-08\",\"attendance\":{\"expected\":3,\"presnt\":2}}")
                .statusCode(400).body("field", equalTo("attendance.presnt"));
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
                    if ("T.D.E".equals(event.at("/data/unitCode").asText())
                            && CAMPAIGN.equals(event.at("/data/campaignCode").asText())) {
                        assertThat(record.value(),
                                matchesContract(new File("contracts/session.sessions.schema.json")));
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
    void aDraftIsHeldOnlyOnceItHasItsDate() {
        String id = post("{\"unitCode\":\"T.D.G\",\"status\":\"DRAFT\"}").statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        String session = "/api/v1/sessions/" + id;
        given().auth().oauth2(TestTokens.admin()).post(session + "/submit").then().statusCode(409)
                .body("detail", containsString("DRAFT"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"unitCode\":\"T.D.G\"}")
                .put(session).then().statusCode(422).body("field", equalTo("heldOn"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.A\",\"heldOn\":\"2023-08-01\"}").put(session).then().statusCode(422)
                .body("field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"T.D.G\",\"heldOn\":\"2023-08-01\"}").put(session).then().statusCode(200)
                .body("status", equalTo("HELD"));
        given().auth().oauth2(TestTokens.admin()).post(session + "/submit").then().statusCode(200);
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
}
