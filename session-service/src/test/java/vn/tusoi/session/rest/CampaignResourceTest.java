package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.*;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Campaigns: created, addressed by encoded code, listed, closed, published. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CampaignResourceTest {

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
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
            assertThat(found, matchesContract(new File("contracts/session.campaigns.schema.json")));
            assertEquals("T.D", JSON.readTree(found).at("/data/issuingUnitCode").asText());
        }
    }
}
