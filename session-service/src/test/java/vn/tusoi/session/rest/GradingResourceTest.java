package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.*;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** Members' self-reviews and units' yearly classifications. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class GradingResourceTest {

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Inject
    DataSource database;

    @Test
    void aMembersOwnWordsAreRewrittenByTheMemberAloneAndTheCellStillProposes() throws Exception {
        Fixture.members(Map.of("DV-3005", "T.D.A.1", "DV-3006", "T.D.A.1"), "ACTIVE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixture.knownMembers(database, List.of("DV-3005", "DV-3006")) == 2);
        String secretary = TestTokens.token("sec.words", "T.D.A.1", "secretary");
        String words = """
                {"unitCode":"T.D.A.1","manifestations":[5],"personalShortcomings":"Lời của chính đảng viên",
                 "selfGrade":"GOOD"}""";
        String other = words.replace("Lời của chính đảng viên", "Chi bộ viết lại");
        given().auth().oauth2(TestTokens.member("DV-3005", "T.D.A.1")).contentType(ContentType.JSON).body(words)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3005").then().statusCode(200);
        for (String token : List.of(secretary, TestTokens.token("off.words", "T.D", "officer"), TestTokens.admin())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(other)
                    .put(CAMPAIGN_PATH + "/self-reviews/DV-3005").then().statusCode(403)
                    .body("type", equalTo("urn:tusoi:problem:self-review-members-own"))
                    .body("field", equalTo("registryNo"));
        }
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post(CAMPAIGN_PATH + "/self-reviews/DV-3005/propose").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get(CAMPAIGN_PATH + "/self-reviews/DV-3005").then()
                .body("personalShortcomings", equalTo("Lời của chính đảng viên")).body("stage", equalTo("PROPOSED"));
        // a review the cell entered on paper may be corrected by the cell, and taken over by the member
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(other)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3006").then().statusCode(200);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(other)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3006").then().statusCode(200);
        given().auth().oauth2(TestTokens.member("DV-3006", "T.D.A.1")).contentType(ContentType.JSON).body(words)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3006").then().statusCode(200);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(other)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3006").then().statusCode(403);
    }

    @Test
    void aSelfReviewIsOnlyForAnActiveMemberOfItsCell() throws Exception {
        Fixture.members(Map.of("DV-3001", "T.D.A.1", "DV-3003", "T.D.A"), "ACTIVE");
        Fixture.members(Map.of("DV-3002", "T.D.A.1"), "INACTIVE");
        List<String> published = List.of("DV-3001", "DV-3002", "DV-3003");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.knownMembers(database, published) == 3);
        String secretary = TestTokens.token("sec.members", "T.D.A.1", "secretary");
        String review = """
                {"unitCode":"T.D.A.1","manifestations":[2],"selfGrade":"GOOD"}""";
        // a number nobody registered, a member no longer active, a member of another unit: refused, nothing written
        for (String registryNo : List.of("DV-NOBODY", "DV-3002", "DV-3003")) {
            given().auth().oauth2(secretary).contentType(ContentType.JSON).body(review)
                    .put(CAMPAIGN_PATH + "/self-reviews/" + registryNo).then().statusCode(422)
                    .contentType("application/problem+json").body("field", equalTo("registryNo"))
                    .body("type", equalTo("urn:tusoi:problem:not-a-member-of-unit"));
            given().auth().oauth2(TestTokens.admin()).get(CAMPAIGN_PATH + "/self-reviews/" + registryNo).then()
                    .statusCode(404);
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(review)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-NOBODY").then().statusCode(422);
        given().auth().oauth2(secretary).contentType(ContentType.JSON).body(review)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3001").then().statusCode(200);
        // a member's own token vouches for a member not known here yet, but not against what is known
        given().auth().oauth2(TestTokens.member("DV-3004", "T.D.A.1")).contentType(ContentType.JSON).body(review)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3004").then().statusCode(200);
        given().auth().oauth2(TestTokens.member("DV-3002", "T.D.A.1")).contentType(ContentType.JSON).body(review)
                .put(CAMPAIGN_PATH + "/self-reviews/DV-3002").then().statusCode(422)
                .body("field", equalTo("registryNo"));
    }

    @Test
    void aMembersSelfReviewIsGradedAndItsTextStaysHere() throws Exception {
        String member = TestTokens.member("DV-0042", "T.D.A.1");
        String secretary = TestTokens.token("sec", "T.D.A.1", "secretary");
        String officer = TestTokens.token("off", "T.D", "officer");
        String path = CAMPAIGN_PATH + "/self-reviews/DV-0042";
        String review = """
                {"unitCode":"T.D.A.1","manifestations":[9,3],"personalShortcomings":"Có lúc ngại va chạm",
                 "improvementPlan":"Thẳng thắn góp ý trong sinh hoạt chi bộ","selfGrade":"EXCELLENT"}""";
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review).put(path).then().statusCode(200)
                .body("stage", equalTo("SELF_ASSESSED")).body("manifestations", contains(3, 9));
        // another member of the same cell, a secretary of another cell, a viewer: none of them reads it
        given().auth().oauth2(TestTokens.member("DV-0043", "T.D.A.1")).get(path).then().statusCode(403)
                .body("field", equalTo("registryNo"));
        given().auth().oauth2(TestTokens.member("DV-0043", "T.D.A.1")).contentType(ContentType.JSON).body(review)
                .put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("sec2", "T.D.B", "secretary")).get(path).then().statusCode(403);
        // asking for one that does not exist tells a member nothing more
        given().auth().oauth2(TestTokens.member("DV-0043", "T.D.A.1")).get(CAMPAIGN_PATH + "/self-reviews/DV-9999")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("v", "T", "viewer")).get(path).then().statusCode(403);
        // nor does the member file it in a cell that is not theirs
        given().auth().oauth2(TestTokens.member("DV-0042", "T.D.B")).contentType(ContentType.JSON).body(review)
                .put(path).then().statusCode(403).body("field", equalTo("unitCode"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("EXCELLENT", "GOOD")).put(path)
                .then().statusCode(200).body("selfGrade", equalTo("GOOD")).body("version", equalTo(2));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("[9,3]", "[9,9]")).put(path)
                .then().statusCode(422).body("field", equalTo("manifestations"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("[9,3]", "[28]")).put(path)
                .then().statusCode(422).body("type", equalTo("urn:tusoi:problem:manifestation-unknown"))
                .body("field", equalTo("manifestations[0]"));
        // a cell that does not exist is answered as one that is not theirs: nobody learns here which units exist
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.replace("T.D.A.1", "NOWHERE"))
                .put(path).then().statusCode(403).body("field", equalTo("unitCode"))
                .body("type", equalTo("urn:tusoi:problem:out-of-scope"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(review.replace("T.D.A.1", "NOWHERE")).put(path).then().statusCode(422)
                .body("field", equalTo("unitCode"));

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
        assertThat(event, matchesContract(new File("contracts/session.self-reviews.schema.json")));
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
                .put("/api/v1/units/T.D.A/classifications/1800").then().statusCode(400)
                .body("field", equalTo("period"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}").put(path).then().statusCode(400)
                .body("field", equalTo("grade"));
        String event = record("session.classifications", "T.D.A|2022", "/data/stage", "DECIDED");
        assertThat(event, matchesContract(new File("contracts/session.classifications.schema.json")));
    }
}
