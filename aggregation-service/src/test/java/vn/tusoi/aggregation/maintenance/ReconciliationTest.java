package vn.tusoi.aggregation.maintenance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.aggregation.rollup.FlowFixture.awaitProgress;
import static vn.tusoi.aggregation.rollup.FlowFixture.campaign;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.execute;
import static vn.tusoi.aggregation.rollup.FlowFixture.indicators;
import static vn.tusoi.aggregation.rollup.FlowFixture.selfReview;
import static vn.tusoi.aggregation.rollup.FlowFixture.session;
import static vn.tusoi.aggregation.rollup.FlowFixture.shortcoming;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** The reconciliation against a recount of the stored states. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ReconciliationTest {

    @Inject
    DataSource database;

    @BeforeEach
    void paths() {
        RestAssured.urlEncodingEnabled = false;
    }

    @Test
    void aReconciliationFindsNoDriftAndReportsACounterThatDiffersFromTheRecount() throws Exception {
        String p = "R1";
        unit(p, "PROVINCE", List.of(), 1);
        unit(p + ".D", "DISTRICT", List.of(p), 1);
        unit(p + ".D.G", "GRASSROOTS_COMMITTEE", List.of(p, p + ".D"), 1);
        cell(p + ".D.G.1", List.of(p, p + ".D", p + ".D.G"), 7);
        cell(p + ".D.G.2", List.of(p, p + ".D", p + ".D.G"), 5);
        campaign("1-KH/R1", p, List.of("GRASSROOTS_COMMITTEE", "CELL"), "2023-09-30", 1);
        session("1-KH/R1", p + ".D.G.1", "HELD", "2023-08-01", 1, 7, 6);
        shortcoming("1-KH/R1", p + ".D.G.1", "PARTY_BUILDING", "OPEN", 1);
        selfReview("1-KH/R1", "R1-0001", p + ".D.G.1", 1);
        indicators(p + ".D.G", "2023", 3, 4, 1);
        awaitProgress("1-KH%2FR1", p, "shortcomings.raised", 1);
        awaitProgress("1-KH%2FR1", p, "members.reviewed", 1);
        awaitProgress("1-KH%2FR1", p, "indicators.total", 4);
        String reconcile = "/api/v1/rollups/reconciliation?campaignCode=1-KH%2FR1";
        given().auth().oauth2(TestTokens.admin()).post(reconcile).then().statusCode(200)
                .body("units", equalTo(5)).body("drifted", equalTo(0)).body("counters", greaterThan(20));

        // a lost delta: the district's held cells counted one short
        String drift = "UPDATE rollup_counter SET value = value + ? WHERE campaign_code = '1-KH/R1'"
                + " AND unit_code = 'R1.D' AND counter = 'kind.CELL.held'";
        execute(database, drift, -1);
        try {
            given().auth().oauth2(TestTokens.admin()).post(reconcile).then().statusCode(200)
                    .body("drifted", equalTo(1)).body("drift[0].unitCode", equalTo("R1.D"))
                    .body("drift[0].counter", equalTo("kind.CELL.held"))
                    .body("drift[0].stored", equalTo(0)).body("drift[0].recounted", equalTo(1));
            assertTrue(given().get("/q/metrics").then().extract().asString()
                    .contains("tusoi_rollup_drift{campaign=\"1-KH/R1\"} 1.0"), "no drift gauge");
        } finally {
            execute(database, drift, 1);
        }
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/reconciliation?campaignCode=NOPE").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/rollups/reconciliation").then().statusCode(400)
                .body("field", equalTo("campaignCode"));
    }
}
