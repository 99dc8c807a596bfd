package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * What a service's OpenAPI document must say of itself, for the provincial systems' developers who integrate with
 * it: every operation with a summary written for it (the generated ones, the method's name, are turned off); every
 * refusal as application/problem+json with the problem types it can carry, every rule the service's code refuses with
 * documented on some operation and none documented that the code does not have; each example body valid by the
 * document's own schema.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final String TYPE_PREFIX = "urn:tusoi:problem:";
    /** A rule the code refuses with: {@code new RuleViolation(status, "kebab-rule", field, message)}. */
    private static final Pattern RULE_THROWN = Pattern.compile(
            "new RuleViolation\\(\\s*[^,;]+,\\s*\"([a-z][a-z0-9]*-[a-z0-9-]+)\"\\s*,");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9]*-[a-z0-9-]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ApiDocument() {
    }

    /** Fails naming each operation of the running service's document that has no summary. */
    public static void requireSummaries() throws Exception {
        JsonNode document = served();
        List<String> missing = new ArrayList<>();
        eachOperation(document, (name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                missing.add(name);
            }
        });
        Assertions.assertTrue(document.path("paths").size() > 0, "the document lists no path");
        Assertions.assertEquals(List.of(), missing, "operations without a summary");
    }

    /**
     * Fails naming each refusal that is not a problem with its types, each API operation that does not say it needs
     * a signed-in caller, each rule the service's code throws that no operation documents, and each documented
     * problem type no code of the service or of the platform names.
     */
    public static void requireRefusals() throws Exception {
        JsonNode document = served();
        List<String> faults = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        eachOperation(document, (name, operation) -> {
            if (name.contains(" /api/") && !operation.path("responses").has("401")) {
                faults.add(name + ": no 401");
            }
            operation.path("responses").properties().forEach(answer -> {
                if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                    JsonNode problem = answer.getValue().path("content").path("application/problem+json");
                    JsonNode types = answer.getValue().path("x-problem-types");
                    if (!problem.path("schema").path("$ref").asText().endsWith("/Problem") || types.isEmpty()) {
                        faults.add(name + " " + answer.getKey() + ": not a problem with its types");
                    }
                    types.forEach(type -> documented.add(type.asText().replace(TYPE_PREFIX, "")));
                }
            });
        });
        Set<String> thrown = rules(Path.of("src/main/java"), RULE_THROWN);
        Set<String> named = rules(Path.of("src/main/java"), LITERAL);
        named.addAll(rules(Path.of("../platform/src/main/java"), LITERAL));
        thrown.stream().filter(rule -> !documented.contains(rule))
                .forEach(rule -> faults.add("rule " + rule + " is thrown but documented on no operation"));
        documented.stream().filter(rule -> !named.contains(rule))
                .forEach(rule -> faults.add("problem type " + rule + " is documented but no code names it"));
        Assertions.assertFalse(thrown.isEmpty() && documented.isEmpty(), "neither rules nor refusals found");
        Assertions.assertEquals(List.of(), faults, "refusals");
    }

    /**
     * Fails unless the listed operations have an example body, and every example body the document gives is valid by
     * the document's own schema of that body.
     */
    public static void requireExamples(String... operations) throws Exception {
        JsonNode document = served();
        Map<String, String> faults = new TreeMap<>();
        Set<String> withExample = new TreeSet<>();
        eachOperation(document, (name, operation) -> {
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            JsonNode example = body.path("examples").path("example").path("value");
            if (example.isMissingNode()) {
                return;
            }
            withExample.add(name);
            ObjectNode schema = ((ObjectNode) body.path("schema").deepCopy())
                    .put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.set("components", document.path("components"));
            Schema validator = SCHEMAS.getSchema(SchemaLocation.of("https://api.tusoi.test/openapi"),
                    schema.toString(), InputFormat.JSON);
            List<Error> errors = validator.validate(example.toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                faults.put(name, errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                        .collect(Collectors.joining("; ")));
            }
        });
        for (String operation : operations) {
            if (!withExample.contains(operation)) {
                faults.put(operation, "no example body");
            }
        }
        Assertions.assertEquals(Map.of(), faults, "example bodies");
    }

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private static void eachOperation(JsonNode document, BiConsumer<String, JsonNode> check) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    private static Set<String> rules(Path sources, Pattern pattern) {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    rules.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
