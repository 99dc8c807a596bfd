package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.organization.member.MemberImport;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class MemberResourceTest {

    private static boolean prepared;

    @BeforeEach
    void units() {
        if (prepared) {
            return;
        }
        prepared = true;
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"code":"M","name":"Tỉnh","kind":"PROVINCE"},
                 {"code":"M.G","name":"Đảng bộ phường Trà An","kind":"GRASSROOTS_COMMITTEE","parentCode":"M"},
                 {"code":"M.G.1","name":"Chi bộ khu vực 1","kind":"CELL","parentCode":"M.G"},
                 {"code":"M.G.2","name":"Chi bộ khu vực 2","kind":"CELL","parentCode":"M.G"},
                 {"code":"M.C","name":"Chi bộ Phòng Kinh tế","kind":"GRASSROOTS_CELL","parentCode":"M"}]""")
                .post("/api/v1/units/import").then().statusCode(200);
    }

    @Test
    void theRegistryFeedsMembersInJsonAndCsvWithAnExactDiff() throws Exception {
        importJson("""
                [{"registryNo":"DV1","fullName":"Nguyễn Văn An","unitCode":"M.G.1","joinedOn":"2001-05-19"},
                 {"registryNo":"DV2","fullName":"Nguyễn Thị Bình","unitCode":"M.G.1"},
                 {"registryNo":"DV3","fullName":"Lê Văn Cường","unitCode":"M.C","role":"Bí thư"},
                 {"registryNo":"DV9","fullName":"Sai Chỗ","unitCode":"M.G"},
                 {"registryNo":"DV3","fullName":"Trùng","unitCode":"M.C"}]""", "").statusCode(200)
                .body("created", equalTo(3)).body("errors.field", contains("unitCode", "registryNo"));
        count("M.G.1", 2);
        count("M.C", 1);
        // new members go in as one batch of their own: each still has its audit entry
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit?recordType=Member&recordKey=DV1").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("admin")).body("items[0].after.fullName", equalTo("Nguyễn Văn An"))
                .body("items[0].after.joinedOn", equalTo("2001-05-19"));

        String csv = "\uFEFFregistryNo,fullName,unitCode,role\r\n"
                + "DV1,Nguyễn Văn An,M.G.2,\r\n"
                + "DV2,\"Nguyễn Thị Bình, con\",M.G.1,\r\n"
                + "DV4,\"Phạm \"\"Út\"\" Dung\",M.G.2,Đảng viên dự bị\r\n";
        importCsv(csv, "?dryRun=true&scope=M").statusCode(200).body("applied", equalTo(false))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("moved", equalTo(1))
                .body("moves[0].fromUnitCode", equalTo("M.G.1")).body("moves[0].toUnitCode", equalTo("M.G.2"))
                .body("missingCount", equalTo(1)).body("missing", contains("DV3"));
        count("M.G.1", 2);

        importCsv(csv, "").statusCode(200).body("created", equalTo(1)).body("moved", equalTo(1));
        importCsv(csv, "").statusCode(200).body("unchanged", equalTo(3));
        count("M.G.1", 1);
        count("M.G.2", 2);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/members/DV4").then().statusCode(200)
                .body("fullName", equalTo("Phạm \"Út\" Dung")).body("role", equalTo("Đảng viên dự bị"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/members/DV2").then()
                .body("fullName", equalTo("Nguyễn Thị Bình, con"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"unitCode\":\"M.C\"}")
                .post("/api/v1/members/DV2/transfer").then().statusCode(200).body("unitCode", equalTo("M.C"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"unitCode\":\"M.G\"}")
                .post("/api/v1/members/DV2/transfer").then().statusCode(422).body("field", equalTo("unitCode"));
        count("M.G.1", 0);
        count("M.C", 2);

        String moved = Broker.firstRecord("org.members", "DV1", "/data/unitCode", "M.G.2");
        assertThat(moved, matchesContract(new File("contracts/org.members.schema.json")));
        assertFalse(moved.contains("Nguyễn"), "no names in member events");
    }

    @Test
    void badFilesAreRefusedWholeWithTheFieldNamed() {
        importCsv("registryNo,unitCode\nDV5,M.C\n", "").statusCode(400).body("field", equalTo("header"));
        importCsv("registryNo,fullName,unitCode\n\"DV5,M.C\n", "").statusCode(400).body("field", equalTo("body"));
        importCsv("registryNo,fullName,unitCode,joinedOn\nDV5,A,M.C,19-05-2001\n", "").statusCode(400)
                .body("field", equalTo("[0].joinedOn"));
        importJson("[]", "?scope=NOWHERE").statusCode(422).body("field", equalTo("scope"));
        given().auth().oauth2(TestTokens.token("v", "M", "viewer")).contentType("text/csv")
                .body("registryNo,fullName,unitCode\n").post("/api/v1/members/import").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/members/DV5").then().statusCode(404);
    }

    /** Errors name the line of the file, which a quoted name spanning two lines does not shift. */
    @Test
    void eachErrorNamesItsTrueLineAndAFileOverTheLimitIsRefusedAsItIsRead() {
        importCsv("registryNo,fullName,unitCode\n"
                + "DV6,\"Nguyễn Văn\nSáu\",M.G.2\n"
                + "\n"
                + "DV7,Trần Văn Bảy,NOWHERE\n", "?dryRun=true").statusCode(200).body("created", equalTo(1))
                .body("errors[0].index", equalTo(1)).body("errors[0].field", equalTo("unitCode"))
                .body("errors[0].message", startsWith("line 5: "));
        importCsv("registryNo,fullName,unitCode\n\"DV8,A,M.C\n", "").statusCode(400).body("field", equalTo("body"))
                .body("detail", containsString("line"));
        StringBuilder tooMany = new StringBuilder("registryNo,fullName,unitCode\n");
        for (int i = 0; i <= MemberImport.MAX_ROWS; i++) {
            tooMany.append("X").append(i).append(",A,M.C\n");
        }
        importCsv(tooMany.toString(), "?dryRun=true").statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("line " + (MemberImport.MAX_ROWS + 2)));
    }

    private static ValidatableResponse importJson(String body, String query) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members/import" + query).then();
    }

    private static ValidatableResponse importCsv(String body, String query) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(body)
                .post("/api/v1/members/import" + query).then();
    }

    private static void count(String unit, int members) {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + unit).then().statusCode(200)
                .body("memberCount", equalTo(members));
    }
}
