package vn.tusoi.platform.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.tusoi.platform.outbox.OutboxConfig;

/**
 * The service's AsyncAPI 3.0 document, built from its event contracts: a channel for each topic it publishes that has
 * a contract ({@code contracts/<topic>.schema.json}, the JSON Schema both sides test against), its message's payload
 * that very schema, so the document cannot say something the contract does not. Topics without a contract are the
 * service's own (dead letters, a topic it reads back) and are named as such.
 */
@ApplicationScoped
public class EventDocument {

    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";
    private static final Pattern TITLE = Pattern.compile("^([^:]+): (\\S+) \\(key: ([^)]+)\\)$");

    private final ObjectMapper json;
    private final JsonNode document;

    public EventDocument(ObjectMapper json, OutboxConfig outbox,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.json = json;
        this.document = build(service, outbox.topics().orElse(List.of()));
    }

    public JsonNode document() {
        return document;
    }

    private JsonNode build(String service, List<String> topics) {
        ObjectNode root = json.createObjectNode().put("asyncapi", "3.0.0");
        List<String> internal = new ArrayList<>();
        ObjectNode channels = json.createObjectNode();
        ObjectNode operations = json.createObjectNode();
        ObjectNode messages = json.createObjectNode();
        for (String topic : topics) {
            JsonNode contract = contract(topic);
            if (contract == null) {
                internal.add(topic);
                continue;
            }
            Matcher title = TITLE.matcher(contract.path("title").asText());
            String type = title.matches() ? title.group(2) : topic;
            String key = title.matches() ? title.group(3) : "the entity's id";
            ObjectNode message = messages.putObject(topic);
            message.put("name", type).put("title", type).put("contentType", "application/json")
                    .put("summary", contract.path("description").asText());
            message.putObject("payload").put("schemaFormat", SCHEMA_FORMAT).set("schema", contract);
            message.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0").putObject("key")
                    .put("type", "string").put("description", key);
            ObjectNode channel = channels.putObject(topic);
            channel.put("address", topic).put("description", "Compacted, keyed by " + key + ": the latest event of"
                    + " each key is the entity's current state.");
            channel.putObject("messages").putObject(type.replaceAll("[^A-Za-z0-9._-]", "-"))
                    .put("$ref", "#/components/messages/" + topic);
            channel.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0").put("topic", topic)
                    .putObject("topicConfiguration").putArray("cleanup.policy").add("compact");
            ObjectNode operation = operations.putObject("publish-" + topic);
            operation.put("action", "send").put("summary", service + " publishes " + type);
            operation.putObject("channel").put("$ref", "#/channels/" + topic);
            ArrayNode sent = operation.putArray("messages");
            sent.addObject().put("$ref", "#/channels/" + topic + "/messages/"
                    + type.replaceAll("[^A-Za-z0-9._-]", "-"));
        }
        root.putObject("info").put("title", service + " events").put("version", "1")
                .put("description", "The events " + service + " publishes on Kafka, each a structured CloudEvent"
                        + " (JSON) carrying its entity's full state. Consumers ignore fields they do not know and"
                        + " apply only versions newer than the one they hold."
                        + (internal.isEmpty()
                                ? ""
                                : " Internal to " + service + ", with no contract for others: "
                                        + String.join(", ", internal) + "."));
        root.put("defaultContentType", "application/json");
        root.set("channels", channels);
        root.set("operations", operations);
        root.putObject("components").set("messages", messages);
        return root;
    }

    private JsonNode contract(String topic) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("contracts/" + topic + ".schema.json")) {
            return in == null ? null : json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract of " + topic, e);
        }
    }
}
