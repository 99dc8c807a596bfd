package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Where a unit's notices are e-mailed: imported with the tree, set by the unit's officers (a secretary for their
 * cell), checked, published with the unit.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class NotificationSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETTINGS = "/api/v1/units/{code}/notification-settings";

    @Test
    void addressesComeWithTheTreeAndAreKeptWhenARowHasNone() {
        importUnits(
                """
                        [{"code":"NS1","name":"Đảng bộ tỉnh Một","kind":"PROVINCE","notificationEmails":["vanphong@NS1.Example.VN"]},
                         {"code":"NS1.C","name":"Chi bộ Thôn Đông","kind":"GRASSROOTS_CELL","parentCode":"NS1",
                          "notificationEmails":["chibo.thondong@example.vn","bithu@example.vn"]}]""")
                .body("created", equalTo(2));
        get("NS1").body("notificationEmails", contains("vanphong@ns1.example.vn")).body("emailOff", equalTo(false));
        // the tree again without addresses changes nothing; with other addresses, they replace the old
        importUnits("[{\"code\":\"NS1.C\",\"name\":\"Chi bộ Thôn Đông\",\"kind\":\"GRASSROOTS_CELL\","
                + "\"parentCode\":\"NS1\"}]").body("unchanged", equalTo(1));
        importUnits("[{\"code\":\"NS1.C\",\"name\":\"Chi bộ Thôn Đông\",\"kind\":\"GRASSROOTS_CELL\","
                + "\"parentCode\":\"NS1\",\"notificationEmails\":[\"bithu@example.vn\"]}]").body("updated", equalTo(1));
        get("NS1.C").body("notificationEmails", contains("bithu@example.vn")).body("version", equalTo(2));
        // a bad address refuses its row and names the field; the row's unit keeps what it had
        importUnits("[{\"code\":\"NS1.C\",\"name\":\"Chi bộ Thôn Đông\",\"kind\":\"GRASSROOTS_CELL\","
                + "\"parentCode\":\"NS1\",\"notificationEmails\":[\"bí thư@example\"]}]")
                .body("errors[0].field", equalTo("notificationEmails"))
                .body("errors[0].message", containsString("address 0"));
        get("NS1.C").body("notificationEmails", contains("bithu@example.vn"));
    }

    @Test
    void theCellsSecretarySetsThemAndTurnsEmailOffAndEachChangeIsPublished() throws Exception {
        importUnits("""
                [{"code":"NS2","name":"Đảng bộ tỉnh Hai","kind":"PROVINCE"},
                 {"code":"NS2.C","name":"Chi bộ Thôn Tây","kind":"GRASSROOTS_CELL","parentCode":"NS2"},
                 {"code":"NS2.D","name":"Chi bộ Thôn Nam","kind":"GRASSROOTS_CELL","parentCode":"NS2"}]""");
        String secretary = TestTokens.token("bithu", "NS2.C", "secretary");
        put(secretary, "NS2.C", "{\"emails\":[\"chibo.thontay@example.vn\"],\"emailOff\":false}").statusCode(200)
                .header("ETag", "\"2\"").body("notificationEmails", contains("chibo.thontay@example.vn"));
        put(secretary, "NS2.C", "{\"emails\":[\"chibo.thontay@example.vn\"],\"emailOff\":true}").statusCode(200)
                .body("emailOff", equalTo(true)).body("version", equalTo(3));
        // the same again is no change
        put(secretary, "NS2.C", "{\"emails\":[\"chibo.thontay@example.vn\"],\"emailOff\":true}").statusCode(200)
                .body("version", equalTo(3));
        // another cell is outside her units; a member sets nothing
        put(secretary, "NS2.D", "{\"emails\":[],\"emailOff\":true}").statusCode(403)
                .body("type", equalTo("urn:tusoi:problem:out-of-scope"));
        put(TestTokens.token("dv", "NS2.C", "member"), "NS2.C", "{\"emails\":[],\"emailOff\":false}")
                .statusCode(403);
        // bad addresses and bodies are refused naming the field, and nothing changes
        put(secretary, "NS2.C", "{\"emails\":[\"a@example.vn\",\"A@EXAMPLE.VN\"],\"emailOff\":false}")
                .statusCode(400).body("type", equalTo("urn:tusoi:problem:notification-address-invalid"))
                .body("field", equalTo("emails")).body("detail", containsString("twice"));
        put(secretary, "NS2.C", "{\"emails\":[\"1@x.vn\",\"2@x.vn\",\"3@x.vn\",\"4@x.vn\",\"5@x.vn\",\"6@x.vn\"],"
                + "\"emailOff\":false}").statusCode(400).body("detail", containsString("at most 5"));
        put(secretary, "NS2.C", "{\"emailOff\":false}").statusCode(400).body("field", containsString("emails"));
        given().auth().oauth2(secretary).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"emails\":[],\"emailOff\":false}").put(SETTINGS, "NS2.C").then().statusCode(412);
        get("NS2.C").body("version", equalTo(3)).body("emailOff", equalTo(true));

        JsonNode event = JSON.readTree(Broker.firstRecord("org.units", "NS2.C", "/data/version", "3"));
        assertEquals("chibo.thontay@example.vn", event.at("/data/notificationEmails/0").asText());
        assertEquals(true, event.at("/data/emailOff").asBoolean());
        put(TestTokens.admin(), "NS2.D", "{\"emails\":[],\"emailOff\":false}").statusCode(200)
                .body("notificationEmails", empty()).body("version", equalTo(1));
    }

    private static ValidatableResponse importUnits(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units/import").then().statusCode(200);
    }

    private static ValidatableResponse get(String code) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/{code}", code).then().statusCode(200);
    }

    private static ValidatableResponse put(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(SETTINGS, code).then();
    }
}
