package vn.tusoi.platform.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.platform.idempotency.IdempotencyFilter;
import vn.tusoi.platform.rest.Problem;

/**
 * What a service's OpenAPI document says beyond its annotations, for the developers of the systems that call it:
 * every refusal an operation can answer with, each as its problem types ({@code urn:tusoi:problem:<rule>}, listed in
 * the response's {@code x-problem-types} and shown as examples of {@link Problem}), and an example body for the main
 * requests. The answers every operation of its shape can give are added here (a body can be unreadable or too large,
 * a path names a record that may not exist, a write may lose a race or repeat an {@code Idempotency-Key}); the ones
 * its own rules add, and the examples, come from the service's {@value #NOTES}, keyed by {@code "METHOD /path"}:
 * <pre>{"POST /api/v1/campaigns": {"refusals": {"409": ["campaign-exists"]}, "example": {...}}}</pre>
 * Registered by each service with {@code mp.openapi.filter}; it runs when the document is built.
 */
public class OperationNotes implements OASFilter {

    public static final String NOTES = "api/operations.json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String TYPES_EXTENSION = "x-problem-types";
    private static final ObjectMapper OBJECTS = new ObjectMapper();

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("400", "The request is malformed; the problem's field names the input at fault."),
            Map.entry("401", "No valid bearer token came with the request."),
            Map.entry("403", "The caller's roles or units do not allow this."),
            Map.entry("404", "What the path names does not exist."),
            Map.entry("409", "The record's state does not allow this now, or a concurrent change came first."),
            Map.entry("412", "If-Match names a version the record has moved on from: read it again."),
            Map.entry("413", "The body is larger than this operation takes."),
            Map.entry("415", "The body's media type or charset is not one this operation takes."),
            Map.entry("422", "A rule of the domain is broken; the problem's type names it and its field the input."),
            Map.entry("429", "More than the caller's allowance: send again after Retry-After seconds."),
            Map.entry("503", "A service this one asks cannot answer now: send again after Retry-After seconds."));

    private final Map<String, JsonNode> notes;

    public OperationNotes() {
        this.notes = read();
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema("Problem", ProblemSchema.of());
        Set<String> unused = new TreeSet<>(notes.keySet());
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            unused.remove(method + " " + path);
            note(method, path, operation);
        }));
        if (!unused.isEmpty()) {
            // a note that names no operation is a typo or an operation gone: the build says so
            throw new IllegalStateException(NOTES + " names operations the service does not have: " + unused);
        }
    }

    private void note(PathItem.HttpMethod method, String path, Operation operation) {
        JsonNode note = notes.getOrDefault(method + " " + path, OBJECTS.createObjectNode());
        Map<String, List<String>> refusals = shapeRefusals(method, path, operation);
        note.path("refusals").properties().forEach(status -> status.getValue()
                .forEach(rule -> add(refusals, status.getKey(), rule.asText())));
        refusals.forEach((status, rules) -> operation.getResponses().addAPIResponse(status, answer(status, rules)));
        if (method != PathItem.HttpMethod.GET) {
            operation.addParameter(header(IdempotencyFilter.HEADER, "Any string up to 200 characters: a retry with the"
                    + " same key and body gets the first answer again, without the write running twice."));
        }
        if (refusals.containsKey("412")) {
            operation.addParameter(header("If-Match", "The ETag the record was read with; a write to a version the"
                    + " record has moved on from is refused with 412."));
        }
        if (note.has("example") && operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
            if (json != null) {
                json.addExample("example", OASFactory.createExample().value(OBJECTS.convertValue(note.get("example"),
                        Object.class)));
            }
        }
    }

    /** The answers any operation of this shape can give, whatever its rules. */
    private static Map<String, List<String>> shapeRefusals(PathItem.HttpMethod method, String path,
            Operation operation) {
        Map<String, List<String>> refusals = new TreeMap<>();
        boolean api = path.startsWith("/api/");
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (api) {
            add(refusals, "401", "not-signed-in");
            add(refusals, "429", "rate-limited");
        }
        if (operation.getResponses().hasAPIResponse("403")) { // what Quarkus declares for @RolesAllowed
            add(refusals, "403", "role-not-allowed");
        }
        if (body || parameters || operation.getResponses().hasAPIResponse("400")) {
            add(refusals, "400", "invalid-input");
        }
        if (body) {
            add(refusals, "400", "unreadable-body");
            add(refusals, "413", "body-too-large");
            add(refusals, "415", "unsupported-media-type");
        }
        if (path.contains("{")) {
            add(refusals, "404", "not-found");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(refusals, "400", "idempotency-key-invalid");
            add(refusals, "409", "concurrent-change");
            add(refusals, "409", "idempotency-key-in-flight");
            add(refusals, "422", "idempotency-key-reused");
        }
        return refusals;
    }

    private static void add(Map<String, List<String>> refusals, String status, String rule) {
        List<String> rules = refusals.computeIfAbsent(status, s -> new ArrayList<>());
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }

    private static APIResponse answer(String status, List<String> rules) {
        int code = Integer.parseInt(status);
        List<String> types = rules.stream().map(rule -> Problem.type(rule, code)).toList();
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        for (String rule : rules) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", Problem.type(rule, code));
            example.put("title", Problem.title(code));
            example.put("status", code);
            problem.addExample(rule, OASFactory.createExample().value(example));
        }
        return OASFactory.createAPIResponse()
                .description(MEANINGS.getOrDefault(status, Problem.title(code)) + " Problem types: "
                        + types.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")) + ".")
                .content(content(problem))
                .addExtension(TYPES_EXTENSION, types);
    }

    private static Content content(MediaType problem) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .description(description).schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static Map<String, JsonNode> read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(NOTES)) {
            Map<String, JsonNode> read = new LinkedHashMap<>();
            if (in != null) {
                OBJECTS.readTree(in).properties().forEach(e -> read.put(e.getKey(), e.getValue()));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NOTES, e);
        }
    }
}
