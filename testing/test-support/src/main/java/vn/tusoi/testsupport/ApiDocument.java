package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a service's OpenAPI document must say of itself, for the provincial systems' developers who integrate with
 * it: every operation with a summary written for it (the generated ones, the method's name, are turned off).
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private ApiDocument() {
    }

    /** Fails naming each operation of the running service's document that has no summary. */
    public static void requireSummaries() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue().path("summary").asText().isBlank()) {
                missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        Assertions.assertTrue(document.path("paths").size() > 0, "the document lists no path");
        Assertions.assertEquals(List.of(), missing, "operations without a summary");
    }
}
