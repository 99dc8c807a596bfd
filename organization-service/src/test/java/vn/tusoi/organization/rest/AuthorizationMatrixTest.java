package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.get;
import static vn.tusoi.testsupport.AuthorizationMatrix.Call.post;

import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.AuthorizationMatrix;
import vn.tusoi.testsupport.AuthorizationMatrix.Scope;
import vn.tusoi.testsupport.MalformedInputSweep;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Every organization-service endpoint × every role × units inside (province MP) and outside (province MQ) the
 * caller's. The callers: a national administrator, the officer of district MP.D, the secretary of cell MP.D.A.1,
 * member DV-M1 of that cell, a viewer of MP.D and the provincial system of MP.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class AuthorizationMatrixTest {

    private static final Set<String> ALL = Set.of("admin", "officer", "secretary", "member", "viewer", "integration");
    private static final Set<String> REGISTRY = Set.of("admin", "integration");
    private static final String TODAY = LocalDate.now().toString();
    private static boolean prepared;

    @BeforeEach
    void units() {
        if (prepared) {
            return;
        }
        prepared = true;
        for (String p : new String[]{"MP", "MQ"}) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                    [{"code":"%1$s","name":"Tỉnh %1$s","kind":"PROVINCE"},
                     {"code":"%1$s.D","name":"Huyện","kind":"DISTRICT","parentCode":"%1$s"},
                     {"code":"%1$s.D.A","name":"Xã","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"},
                     {"code":"%1$s.D.A.1","name":"Chi bộ thôn 1","kind":"CELL","parentCode":"%1$s.D.A"},
                     {"code":"%1$s.D.M1","name":"Xã M1","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"},
                     {"code":"%1$s.D.M2","name":"Xã M2","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"},
                     {"code":"%1$s.D.S","name":"Xã S","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"}]"""
                    .formatted(p)).post("/api/v1/units/import").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"registryNo":"DV-M1","fullName":"Nguyễn Văn An","unitCode":"MP.D.A.1"},
                 {"registryNo":"DV-M2","fullName":"Trần Văn Bình","unitCode":"MQ.D.A.1"}]""")
                .post("/api/v1/members/import").then().statusCode(200);
    }

    private static String p(Scope scope) {
        return scope == Scope.IN ? "MP" : "MQ";
    }

    private static AuthorizationMatrix matrix() {
        return new AuthorizationMatrix()
                .endpoint("POST /api/v1/units/import", REGISTRY, (s, n) -> post("/api/v1/units/import?dryRun=true", """
                        [{"code":"%1$s.D.N%2$d","name":"Xã mới","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"}]"""
                        .formatted(p(s), n)))
                .endpoint("GET /api/v1/units", ALL, (s, n) -> get("/api/v1/units?q=chi&under=" + p(s) + ".D.A.1"))
                .filteredList("POST /api/v1/units/lookup", ALL, (s, n) -> post("/api/v1/units/lookup",
                        "{\"codes\":[\"" + p(s) + ".D.A.1\",\"" + p(s) + ".D.A\"]}"))
                .endpoint("GET /api/v1/units/{code}", ALL, (s, n) -> get("/api/v1/units/" + p(s) + ".D.A.1"))
                .endpoint("GET /api/v1/units/{code}/children", ALL,
                        (s, n) -> get("/api/v1/units/" + p(s) + ".D.A.1/children"))
                .endpoint("GET /api/v1/units/{code}/lineage", ALL,
                        (s, n) -> get("/api/v1/units/" + p(s) + ".D.A.1/lineage"))
                .endpoint("PUT /api/v1/units/{code}/notification-settings",
                        Set.of("admin", "integration", "officer", "secretary"),
                        (s, n) -> AuthorizationMatrix.Call.put("/api/v1/units/" + p(s) + ".D.A.1/notification-settings",
                                "{\"emails\":[\"chibo" + n + "@mp.example\"],\"emailOff\":false}"))
                .endpoint("POST /api/v1/units/{code}/rename", REGISTRY,
                        (s, n) -> post("/api/v1/units/" + p(s) + ".D.A.1/rename", """
                                {"name":"Chi bộ thôn Một","effectiveDate":"%s"}""".formatted(TODAY)))
                .endpoint("POST /api/v1/units/{code}/move", REGISTRY,
                        (s, n) -> post("/api/v1/units/" + p(s) + ".D.A.1/move", """
                                {"newParentCode":"%s.D.A","effectiveDate":"%s"}""".formatted(p(s), TODAY)))
                .endpoint("POST /api/v1/units/{code}/dissolve", REGISTRY,
                        (s, n) -> post("/api/v1/units/" + p(s) + ".D.A/dissolve", """
                                {"effectiveDate":"%s"}""".formatted(TODAY)))
                .endpoint("POST /api/v1/units/{code}/split", REGISTRY,
                        (s, n) -> post("/api/v1/units/" + p(s) + ".D.S/split",
                                """
                                        {"targets":[{"code":"%1$s.D.S%2$da","name":"Xã Sa","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"},
                                                    {"code":"%1$s.D.S%2$db","name":"Xã Sb","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"}],
                                         "effectiveDate":"%3$s"}"""
                                        .formatted(p(s), n, TODAY)))
                .endpoint("POST /api/v1/units/merge", REGISTRY,
                        (s, n) -> post("/api/v1/units/merge",
                                """
                                        {"sourceCodes":["%1$s.D.M1","%1$s.D.M2"],
                                         "target":{"code":"%1$s.D.M%2$d","name":"Xã hợp nhất","kind":"GRASSROOTS_COMMITTEE","parentCode":"%1$s.D"},
                                         "effectiveDate":"%3$s"}"""
                                        .formatted(p(s), n, TODAY)))
                .endpoint("POST /api/v1/members/import", REGISTRY,
                        (s, n) -> post("/api/v1/members/import?dryRun=true", """
                                [{"registryNo":"DV-M%d","fullName":"Nguyễn Văn An","unitCode":"%s.D.A.1"}]"""
                                .formatted(s == Scope.IN ? 1 : 2, p(s))))
                .endpoint("GET /api/v1/members/{registryNo}", Set.of("admin", "officer", "secretary", "integration"),
                        (s, n) -> get("/api/v1/members/DV-M" + (s == Scope.IN ? 1 : 2)))
                .endpoint("POST /api/v1/members/{registryNo}/transfer", REGISTRY,
                        (s, n) -> post("/api/v1/members/DV-M" + (s == Scope.IN ? 1 : 2) + "/transfer", """
                                {"unitCode":"%s.D.A.1"}""".formatted(p(s))))
                .endpoint("GET /api/v1/audit", Set.of("admin"), (s, n) -> get("/api/v1/audit?size=5"))
                .endpoint("GET /api/v1/outbox/refused", Set.of("admin"), (s, n) -> get("/api/v1/outbox/refused?size=5"))
                .endpoint("POST /api/v1/outbox/refused/{seq}/resend", Set.of("admin"),
                        (s, n) -> post("/api/v1/outbox/refused/999999999/resend", null));
    }

    @Inject
    DataSource dataSource;

    @Test
    void forgedExpiredAndForeignTokensAreRefusedEverywhere() {
        AuthorizationMatrix.assertPassed("organization-service refused tokens", matrix().runRefused());
    }

    @Test
    void malformedInputNeverFailsTheServerNorChangesTheDatabase() {
        MalformedInputSweep.assertHarmless("organization-service malformed-input sweep", matrix(), dataSource);
    }

    @Test
    void aProvincialRegistryCannotTakeAMemberFromAnotherProvince() {
        given().auth().oauth2(TestTokens.token("service-account-provincial-mp", "MP", "integration"))
                .contentType(ContentType.JSON).body("""
                        [{"registryNo":"DV-M2","fullName":"Trần Văn Bình","unitCode":"MP.D.A.1"}]""")
                .post("/api/v1/members/import").then().statusCode(403).body("field", equalTo("[0].registryNo"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/members/DV-M2").then().statusCode(200)
                .body("unitCode", equalTo("MQ.D.A.1"));
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        assertEquals(AuthorizationMatrix.documentedOperations(), matrix().operations());
    }

    @Test
    void noRoleReachesBeyondItsUnitsOrRole() {
        AuthorizationMatrix.assertPassed("organization-service authorization matrix",
                matrix().run(AuthorizationMatrix.everyRole("MP", "MP.D", "MP.D.A.1", "DV-M1")));
    }
}
