package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.Scrape;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * A bearer token verified once is not verified again while it lives (platform's VerifiedTokens): each token keeps its
 * own identity, the kept one stops at its expiry, and an altered token is checked in full and refused.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class VerifiedTokensTest {

    @BeforeEach
    void units() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"code":"VT","name":"Tỉnh VT","kind":"PROVINCE"},
                 {"code":"VT.A","name":"Huyện A","kind":"DISTRICT","parentCode":"VT"},
                 {"code":"VT.B","name":"Huyện B","kind":"DISTRICT","parentCode":"VT"}]""")
                .post("/api/v1/units/import").then().statusCode(200);
    }

    private static double kept(String result) {
        return Scrape.value("cache_gets_total{cache=\"verified-tokens\",result=\"" + result + "\"}");
    }

    private static int read(String token, String unit) {
        return given().auth().oauth2(token).get("/api/v1/units/" + unit).then().extract().statusCode();
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        String token = TestTokens.token("kept.again", "VT.A", "officer");
        double hits = kept("hit");
        double misses = kept("miss");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, read(token, "VT.A"));
        }
        assertTrue(kept("miss") - misses >= 1, "the first request verifies the token");
        assertTrue(kept("hit") - hits >= 4, "the next four find it verified");
    }

    @Test
    void eachTokenKeepsItsOwnIdentity() {
        String ofA = TestTokens.token("officer.a", "VT.A", "officer");
        String ofB = TestTokens.token("officer.b", "VT.B", "officer");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, read(ofA, "VT.A"));
            assertEquals(403, read(ofB, "VT.A"), "B's token sees only B's district");
            assertEquals(200, read(ofB, "VT.B"));
            assertEquals(403, read(ofA, "VT.B"), "A's token sees only A's district");
        }
    }

    @Test
    void aKeptTokenStopsAtItsExpiry() throws InterruptedException {
        String token = TestTokens.expiringIn(2, "short.lived", "VT", "officer");
        double hits = kept("hit");
        assertEquals(200, read(token, "VT"));
        assertEquals(200, read(token, "VT"));
        assertTrue(kept("hit") - hits >= 1, "kept while it lives");
        Thread.sleep(3_000);
        assertEquals(401, read(token, "VT"), "refused once expired, kept or not");
    }

    @Test
    void anAlteredTokenIsCheckedInFullAndRefused() {
        String token = TestTokens.token("altered", "VT.A", "officer");
        assertEquals(200, read(token, "VT.A"));
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipLast(parts[2]);
        String otherClaims = parts[0] + "." + TestTokens.token("altered", "VT", "admin").split("\\.")[1] + "."
                + parts[2];
        assertEquals(401, read(otherSignature, "VT.A"));
        assertEquals(401, read(otherClaims, "VT"), "an administrator's claims under an officer's signature");
        assertEquals(200, read(token, "VT.A"), "the genuine token still passes");
    }

    private static String flipLast(String base64url) {
        char last = base64url.charAt(base64url.length() - 2);
        return base64url.substring(0, base64url.length() - 2) + (last == 'A' ? 'B' : 'A')
                + base64url.charAt(base64url.length() - 1);
    }
}
