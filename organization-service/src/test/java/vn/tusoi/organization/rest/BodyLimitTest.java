package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/**
 * Each endpoint takes a body up to its own limit (1 MB, a bulk import 64 MB), refused with 413 problem+json whether
 * its length is declared or it comes in chunks, and past the server's limit the same way; a streamed tree is capped
 * in rows (50 in the test profile).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class BodyLimitTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyOverItsEndpointsLimitIsA413ProblemDeclaredOrChunked() throws Exception {
        String twoMegabytes = "{\"name\":\"" + "Đ".repeat(1_000_000) + "\"}";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(twoMegabytes)
                .post("/api/v1/units/BL/rename").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:tusoi:problem:body-too-large")).body("field", equalTo("body"))
                .body("detail", containsString("1 MB"));
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root
                + "api/v1/units/BL/rename")).header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        twoMegabytes.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("body-too-large"), chunked.body());
        // a bulk import takes it: read, and refused for what it holds, not for its size
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"code\":\"BL").append(i)
                    .append("\",\"name\":\"Đảng bộ tỉnh thử giới hạn\",\"kind\":\"PROVINCE\"}");
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(rows.append("]").toString())
                .post("/api/v1/units/import?dryRun=true").then().statusCode(200).body("created", equalTo(20_000));
    }

    @Test
    void aBodyOverTheServersLimitIsA413ProblemToo() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/units/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.admin() + "\r\nContent-Type: application/json\r\nContent-Length: 70000000\r\n\r\n[")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(600), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("body-too-large"), answer);
        }
    }

    @Test
    void aStreamedTreeOverTheRowLimitIsRefusedAtTheLineTooMany() {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            ndjson.append("{\"code\":\"BS").append(i).append("\",\"name\":\"Tỉnh\",\"kind\":\"PROVINCE\"}\n");
        }
        given().auth().oauth2(TestTokens.admin()).contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/units/import").then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("line 51"));
    }
}
