package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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

/** Indicators per unit and period. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class IndicatorResourceTest {

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
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
            assertThat(found, matchesContract(new File("contracts/session.indicators.schema.json")));
            assertEquals(3, JSON.readTree(found).at("/data/met").asInt());
        }
    }
}
