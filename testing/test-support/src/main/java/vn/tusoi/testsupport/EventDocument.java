package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service's AsyncAPI document ({@code /q/asyncapi}) must be: valid by the AsyncAPI 3.0.0 specification's own
 * JSON Schema (from its npm package, {@code @asyncapi/specs}), a channel with a send operation for each topic the
 * service publishes with a contract, and each message's payload that contract, file for file.
 */
public final class EventDocument {

    static final String SPECS_VERSION = "6.11.1";
    private static final JsonMapper JSON = new JsonMapper();

    private EventDocument() {
    }

    public static void require(Set<String> topics) {
        String served = given().get("/q/asyncapi").then().statusCode(200).extract().asString();
        Schema asyncApi = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(NpmFile.read(
                "@asyncapi/specs", SPECS_VERSION, "package/schemas/3.0.0-without-$id.json"), InputFormat.JSON);
        List<Error> errors = asyncApi.validate(served, InputFormat.JSON);
        Assertions.assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .collect(Collectors.toList()), "not a valid AsyncAPI 3.0.0 document");

        JsonNode document = JSON.readTree(served);
        Set<String> channels = new TreeSet<>();
        document.path("channels").properties().forEach(c -> channels.add(c.getValue().path("address").asText()));
        Assertions.assertEquals(new TreeSet<>(topics), channels, "the channels are the topics with a contract");
        for (String topic : topics) {
            JsonNode contract = JSON.readTree(new File("contracts/" + topic + ".schema.json"));
            Assertions.assertEquals(contract,
                    document.path("components").path("messages").path(topic).path("payload").path("schema"),
                    "the payload of " + topic + " is its contract");
            Assertions.assertEquals("#/channels/" + topic, document.path("operations").path("publish-" + topic)
                    .path("channel").path("$ref").asText(), "an operation sends on " + topic);
            Assertions.assertEquals("send", document.path("operations").path("publish-" + topic).path("action")
                    .asText());
        }
    }
}
