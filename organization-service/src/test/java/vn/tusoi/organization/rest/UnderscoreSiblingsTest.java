package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Sibling districts whose codes differ only by {@code _} and {@code -}: {@code LIKE} reads {@code _} as any character,
 * so every subtree pattern must take the code literally, or {@code Z_A1} would see and move {@code Z-A1}'s units.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class UnderscoreSiblingsTest {

    private static boolean imported;

    @BeforeEach
    void siblings() {
        if (imported) {
            return;
        }
        imported = true;
        post(TestTokens.admin(), "/api/v1/units/import",
                """
                        [{"code":"Z","name":"Đảng bộ tỉnh Z","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"Y","name":"Đảng bộ tỉnh Y","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"Z-A1","name":"Đảng bộ huyện gạch nối","kind":"DISTRICT","parentCode":"Z","validFrom":"2020-01-01"},
                         {"code":"Z_A1","name":"Đảng bộ huyện gạch dưới","kind":"DISTRICT","parentCode":"Z","validFrom":"2020-01-01"},
                         {"code":"Z-A1.C1","name":"Đảng bộ xã Một","kind":"GRASSROOTS_COMMITTEE","parentCode":"Z-A1","validFrom":"2020-01-01"},
                         {"code":"Z_A1.C1","name":"Đảng bộ xã Hai","kind":"GRASSROOTS_COMMITTEE","parentCode":"Z_A1","validFrom":"2020-01-01"},
                         {"code":"Z-A1.C1.1","name":"Chi bộ thôn Một","kind":"CELL","parentCode":"Z-A1.C1","validFrom":"2020-01-01"},
                         {"code":"Z_A1.C1.1","name":"Chi bộ thôn Hai","kind":"CELL","parentCode":"Z_A1.C1","validFrom":"2020-01-01"},
                         {"code":"X","name":"Đảng bộ tỉnh X","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"X-M1","name":"Đảng bộ huyện gạch nối","kind":"DISTRICT","parentCode":"X","validFrom":"2020-01-01"},
                         {"code":"X_M1","name":"Đảng bộ huyện gạch dưới","kind":"DISTRICT","parentCode":"X","validFrom":"2020-01-01"},
                         {"code":"X-M1.C1","name":"Đảng bộ xã Một","kind":"GRASSROOTS_COMMITTEE","parentCode":"X-M1","validFrom":"2020-01-01"},
                         {"code":"X_M1.C1","name":"Đảng bộ xã Hai","kind":"GRASSROOTS_COMMITTEE","parentCode":"X_M1","validFrom":"2020-01-01"}]""")
                .statusCode(200);
        post(TestTokens.admin(), "/api/v1/members/import", """
                [{"registryNo":"ZS1","fullName":"Lê Văn Nối","unitCode":"Z-A1.C1.1"},
                 {"registryNo":"ZS2","fullName":"Lê Thị Dưới","unitCode":"Z_A1.C1.1"}]""").statusCode(200);
    }

    @Test
    void aSubtreeTakesTheUnderscoreLiterally() {
        get(TestTokens.admin(), "/api/v1/units?under=Z_A1").body("items.code",
                contains("Z_A1", "Z_A1.C1", "Z_A1.C1.1"));
        get(TestTokens.admin(), "/api/v1/units?under=Z-A1").body("items.code",
                contains("Z-A1", "Z-A1.C1", "Z-A1.C1.1"));
        // an officer of Z_A1 searches within Z_A1 only
        get(TestTokens.token("o", "Z_A1", "officer"), "/api/v1/units?q=z").body("items.code",
                contains("Z_A1", "Z_A1.C1", "Z_A1.C1.1"));
    }

    @Test
    void eachUnitOfAListingNamesItsParent() {
        // the root has none, and a code's hyphen or underscore is a character like any other
        get(TestTokens.admin(), "/api/v1/units?under=Z_A1&q=z").body("items.parentCode",
                contains("Z", "Z_A1", "Z_A1.C1"));
        get(TestTokens.admin(), "/api/v1/units?under=X&q=x")
                .body("items.find { it.code == 'X' }.parentCode", nullValue())
                .body("items.find { it.code == 'X-M1.C1' }.parentCode", equalTo("X-M1"));
    }

    @Test
    void wildcardsInTheSearchTextAreLiteral() {
        get(TestTokens.admin(), "/api/v1/units?under=Z&q=_").body("items.code",
                contains("Z_A1", "Z_A1.C1", "Z_A1.C1.1"));
        get(TestTokens.admin(), "/api/v1/units?under=Z&q=%").body("items", empty()).body("total", equalTo(0));
        get(TestTokens.admin(), "/api/v1/units?q=z%a1").body("total", equalTo(0));
    }

    @Test
    void aMemberImportScopedToOneSiblingListsOnlyItsMissingMembers() {
        post(TestTokens.admin(), "/api/v1/members/import?dryRun=true&scope=Z_A1", "[]").statusCode(200)
                .body("missing", contains("ZS2"));
    }

    @Test
    void movingOneSiblingLeavesTheOtherWhereItWas() {
        post(TestTokens.admin(), "/api/v1/units/X_M1/move",
                "{\"newParentCode\":\"Y\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(200).body("path", equalTo("/Y/X_M1/"));
        get(TestTokens.admin(), "/api/v1/units/X_M1.C1").body("path", equalTo("/Y/X_M1/X_M1.C1/"));
        get(TestTokens.admin(), "/api/v1/units/X-M1.C1").body("path", equalTo("/X/X-M1/X-M1.C1/"))
                .body("parentCode", equalTo("X-M1"));
        get(TestTokens.admin(), "/api/v1/units/X-M1").body("path", equalTo("/X/X-M1/")).body("parentCode",
                equalTo("X"));
    }

    /** A GET whose query is taken as written: {@code %} and {@code _} are sent as the characters themselves. */
    private static ValidatableResponse get(String token, String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        var request = given().auth().oauth2(token);
        if (parts.length == 2) {
            for (String parameter : parts[1].split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                request = request.queryParam(nameAndValue[0], nameAndValue[1]);
            }
        }
        return request.get(parts[0]).then().statusCode(200);
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }
}
