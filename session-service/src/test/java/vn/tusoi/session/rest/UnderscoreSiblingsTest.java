package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

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
 * Sibling districts {@code Q-A1} and {@code Q_A1}, each with a committee that has held its session and has an overdue
 * action: {@code LIKE} reads {@code _} as any character, so an officer of {@code Q_A1} would see {@code Q-A1}'s records
 * unless every subtree pattern takes the code literally.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class UnderscoreSiblingsTest {

    private static final List<String> UNITS = List.of("Q", "Q-A1", "Q_A1", "Q-A1.X", "Q_A1.X");
    private static boolean prepared;

    @Inject
    DataSource database;

    private final String officer = TestTokens.token("o", "Q_A1", "officer");

    @BeforeEach
    void siblings() throws Exception {
        Fixture.prepare();
        if (prepared) {
            return;
        }
        prepared = true;
        Fixture.publish("Q", "PROVINCE", List.of());
        for (String district : List.of("Q-A1", "Q_A1")) {
            Fixture.publish(district, "DISTRICT", List.of("Q"));
            Fixture.publish(district + ".X", "GRASSROOTS_COMMITTEE", List.of("Q", district));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, UNITS) == UNITS.size());
        createCampaign("Q-1/KH", "Q");
        createCampaign("Q-2/KH", "Q-A1.X");
        for (String committee : List.of("Q-A1.X", "Q_A1.X")) {
            String session = as(TestTokens.admin()).body(
                    "{\"unitCode\":\"" + committee + "\",\"heldOn\":\"2023-06-01\"}")
                    .post("/api/v1/campaigns/Q-1%2FKH/sessions").then().statusCode(201).extract().path("id");
            as(TestTokens.admin())
                    .body("""
                            {"area":"PARTY_BUILDING","description":"Sinh hoạt chi bộ chưa đều đặn","responsibility":"COLLECTIVE",
                             "actions":[{"description":"Sinh hoạt đúng định kỳ","owner":"Bí thư","dueOn":"2023-07-01"}]}""")
                    .post("/api/v1/sessions/" + session + "/shortcomings").then().statusCode(201);
        }
    }

    @Test
    void theSessionsBelowAUnitAreItsOwnSubtreeOnly() {
        read("/api/v1/units/Q_A1/sessions").body("items.unitCode", contains("Q_A1.X"));
        read("/api/v1/campaigns/Q-1%2FKH/sessions").body("items.unitCode", contains("Q_A1.X"));
    }

    @Test
    void theFollowUpOfAUnitIsItsOwnSubtreeOnly() {
        read("/api/v1/units/Q_A1/shortcomings?status=OPEN").body("items.unitCode", contains("Q_A1.X"));
        read("/api/v1/units/Q_A1/actions/overdue").body("items.unitCode", contains("Q_A1.X"));
    }

    @Test
    void theCampaignsOfAUnitAreThoseAboveAndBelowItOnly() {
        read("/api/v1/campaigns?size=500").body("items.code", hasItem("Q-1/KH"))
                .body("items.code", not(hasItem("Q-2/KH")));
    }

    private ValidatableResponse read(String path) {
        return given().auth().oauth2(officer).get(path).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void createCampaign(String code, String issuer) {
        as(TestTokens.admin()).body("""
                {"code":"%s","title":"Kiểm điểm năm 2023","issuingUnitCode":"%s",
                 "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"2023-01-01","deadline":"2023-12-31"}"""
                .formatted(code, issuer)).post("/api/v1/campaigns").then().statusCode(201);
    }
}
