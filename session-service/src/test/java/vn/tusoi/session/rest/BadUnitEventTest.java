package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.tusoi.session.rest.Fixture.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** A bad record on org.units is set aside with its reason; the hierarchy keeps following the good ones. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class BadUnitEventTest {

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void aBadUnitEventIsSetAsideAndTheUnitsAfterItStillArrive() throws Exception {
        sendRaw("org.units", "T.D.BAD1", "{\"specversion\":\"1.0\",\"type\":\"vn.tusoi.org.unit.changed\",\"da");
        sendRaw("org.units", "T.D.BAD2", JSON.writeValueAsString(Map.of("specversion", "1.0", "type",
                "vn.tusoi.org.unit.changed", "data", Map.of("code", "T.D.BAD2", "kind", "GRASSROOTS_COMMITTEE",
                        "version", 1))));
        committees(List.of("T.D.AFTER"));
        // the unit after the bad ones is known: its session is accepted
        await().atMost(Duration.ofSeconds(20))
                .until(() -> post("{\"unitCode\":\"T.D.AFTER\",\"heldOn\":\"2023-08-01\"}")
                        .extract().statusCode() == 201);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/dead-letters?status=DEAD").then().statusCode(200)
                .body("items.find { it.key == 'T.D.BAD1' }.reason", containsString("not JSON"))
                .body("items.find { it.key == 'T.D.BAD2' }.reason", containsString("ancestors"))
                .body("items.find { it.key == 'T.D.BAD2' }.topic", equalTo("org.units"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("tusoi_dead_letters_total"));
        long id = given().auth().oauth2(TestTokens.admin()).get("/api/v1/dead-letters?status=DEAD").then()
                .extract().<Number>path("items.find { it.key == 'T.D.BAD2' }.id").longValue();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .post("/api/v1/dead-letters/" + id + "/redrive").then().statusCode(422);
        String fixed = JSON.writeValueAsString(Map.of("specversion", "1.0", "type", "vn.tusoi.org.unit.changed",
                "data", Map.of("code", "T.D.BAD2", "kind", "GRASSROOTS_COMMITTEE", "parentCode", "T.D",
                        "ancestors", List.of("T", "T.D"), "version", 1)));
        // a correction is of the letter's own unit, on its own topic
        for (String foreign : List.of(fixed.replace("T.D.BAD2", "T.D.OTHER"), JSON.writeValueAsString(Map.of(
                "specversion", "1.0", "type", "vn.tusoi.org.member.changed", "data", Map.of("registryNo", "T.D.BAD2",
                        "unitCode", "T.D", "status", "ACTIVE", "version", 1))))) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(Map.of("payload", foreign)))
                    .post("/api/v1/dead-letters/" + id + "/redrive").then().statusCode(422)
                    .body("field", equalTo("payload"))
                    .body("type", equalTo("urn:tusoi:problem:dead-letter-correction-foreign"));
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(Map.of("payload", fixed)))
                .post("/api/v1/dead-letters/" + id + "/redrive").then().statusCode(200)
                .body("status", equalTo("REDRIVEN"));
        post("{\"unitCode\":\"T.D.BAD2\",\"heldOn\":\"2023-08-01\"}").statusCode(201);
    }
}
