package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Criteria frames are data: QĐ 366's two groups as shipped, a province's appendix published by the administrator
 * (100 points in all, each group once, never changed once published) and followed by the score sheets that name it.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CriteriaFrameResourceTest {

    private static final String FRAMES = "/api/v1/criteria-frames";
    private static final String APPENDIX = """
            {"id":"HT-PL-2026","title":"Khung tiêu chí của Tỉnh ủy Hà Tĩnh",
             "document":"Phụ lục hướng dẫn của Ban Tổ chức Tỉnh ủy Hà Tĩnh",
             "groups":[{"code":"CHINH-TRI","title":"Chính trị tư tưởng, đạo đức, lối sống","maxPoints":20},
                       {"code":"TO-CHUC","title":"Ý thức tổ chức kỷ luật","maxPoints":10},
                       {"code":"NHIEM-VU","title":"Kết quả thực hiện nhiệm vụ","maxPoints":70}]}""";

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void theShippedFrameIsQd366sTwoGroupsAndEveryoneReadsIt() {
        given().auth().oauth2(TestTokens.member("DV-4300", "T.D.A.1")).get(FRAMES + "/QD366-2-NHOM").then()
                .statusCode(200).body("document", equalTo("Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị"))
                .body("groups.code", contains("CHUNG", "NHIEM-VU")).body("groups.maxPoints", contains(30, 70));
        given().auth().oauth2(TestTokens.token("viewer.frames", "T", "viewer")).get(FRAMES).then().statusCode(200)
                .body("id", hasItem("QD366-2-NHOM"));
        given().auth().oauth2(TestTokens.admin()).get(FRAMES + "/NO-SUCH").then().statusCode(404);
    }

    @Test
    void aProvincesAppendixIsPublishedOnceAndScoreSheetsFollowIt() throws Exception {
        given().auth().oauth2(TestTokens.token("officer.frames", "T.D", "officer")).contentType(ContentType.JSON)
                .body(APPENDIX).post(FRAMES).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(APPENDIX).post(FRAMES).then()
                .statusCode(201).header("Location", endsWith(FRAMES + "/HT-PL-2026"))
                .body("groups", hasSize(3)).body("groups[0].title", equalTo("Chính trị tư tưởng, đạo đức, lối sống"));
        // a frame never changes: the same id again is refused, the frame as it was
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(APPENDIX.replace("\"maxPoints\":20", "\"maxPoints\":25").replace("\"maxPoints\":70",
                        "\"maxPoints\":65"))
                .post(FRAMES).then().statusCode(409).body("type", equalTo("urn:tusoi:problem:criteria-frame-exists"));
        given().auth().oauth2(TestTokens.admin()).get(FRAMES + "/HT-PL-2026").then()
                .body("groups.maxPoints", contains(20, 10, 70));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit?recordType=CriteriaFrame&recordKey=HT-PL-2026")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].action", equalTo("CREATE"));

        Fixture.committees(List.of("T.D.PL"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.known(database, List.of("T.D.PL")) == 1);
        String secretary = TestTokens.token("sec.pl", "T.D.PL", "secretary");
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"grade\":\"GOOD\",\"score\":{\"frameId\":\"HT-PL-2026\",\"points\":{\"CHINH-TRI\":18,"
                        + "\"TO-CHUC\":9,\"NHIEM-VU\":64}}}")
                .put("/api/v1/units/T.D.PL/classifications/2025").then().statusCode(200)
                .body("score.frameId", equalTo("HT-PL-2026")).body("score.total", equalTo(91))
                .body("score.grade", equalTo("EXCELLENT"));
        // the shipped frame's groups are not the appendix's
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body("{\"grade\":\"GOOD\",\"score\":{\"frameId\":\"HT-PL-2026\",\"points\":{\"CHUNG\":28,"
                        + "\"NHIEM-VU\":60}}}")
                .put("/api/v1/units/T.D.PL/classifications/2025").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:score-group-missing"));
    }

    @Test
    void aFrameThatIsNotAHundredPointsOrRepeatsAGroupIsRefusedAndNothingIsPublished() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(APPENDIX.replace("HT-PL-2026", "HT-PL-LECH").replace("\"maxPoints\":70", "\"maxPoints\":60"))
                .post(FRAMES).then().statusCode(422).body("type", equalTo("urn:tusoi:problem:criteria-frame-not-100"))
                .body("field", equalTo("groups"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(APPENDIX.replace("HT-PL-2026", "HT-PL-LAP").replace("\"TO-CHUC\"", "\"CHINH-TRI\""))
                .post(FRAMES).then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:criteria-group-repeated"))
                .body("field", equalTo("groups[1].code"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(APPENDIX.replace("HT-PL-2026", "HT/PL").replace("\"maxPoints\":20", "\"maxPoints\":-20"))
                .post(FRAMES).then().statusCode(400).body("errors.field", contains("groups[0].maxPoints", "id"));
        given().auth().oauth2(TestTokens.admin()).get(FRAMES + "/HT-PL-LECH").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get(FRAMES + "/HT-PL-LAP").then().statusCode(404);
    }
}
