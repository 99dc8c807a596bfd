package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import javax.sql.DataSource;
import vn.tusoi.testsupport.AuthorizationMatrix.Call;

/**
 * Sends malformed variants of every endpoint's valid call, as a national administrator: broken and wrongly shaped
 * JSON, each field of the body in turn of the wrong type or far too long, the wrong content type, absurd paging,
 * identifiers that cannot exist. None may answer 5xx; a malformed body must be refused with 4xx; and the service's
 * database must be the same afterwards ({@link #fingerprint}).
 */
public final class MalformedInputSweep {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TOO_LONG = "x".repeat(100_001);

    private MalformedInputSweep() {
    }

    /** Runs the sweep as a national administrator and fails on any 5xx, accepted malformed body or database change. */
    public static void assertHarmless(String what, AuthorizationMatrix matrix, DataSource dataSource) {
        Map<String, String> before = fingerprint(dataSource);
        AuthorizationMatrix.assertPassed(what, run(matrix, TestTokens.admin()));
        Map<String, String> after = fingerprint(dataSource);
        if (!before.equals(after)) {
            throw new AssertionError("the sweep changed the database: before " + before + ", after " + after);
        }
    }

    public static AuthorizationMatrix.Result run(AuthorizationMatrix matrix, String token) {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Call> entry : matrix.calls().entrySet()) {
            Call valid = entry.getValue();
            if (valid.isStream()) {
                continue;
            }
            for (Variant variant : variants(valid)) {
                cases++;
                Response response = variant.send(token);
                int status = response.statusCode();
                if (status >= 500 || variant.mustRefuse() && !refused(response)) {
                    failures.add(entry.getKey() + " " + variant.what() + ": answered " + status + " "
                            + response.asString());
                }
            }
        }
        return new AuthorizationMatrix.Result(cases, failures);
    }

    /** A 4xx; or, from a bulk import, a report that refuses the row (per-row errors). */
    private static boolean refused(Response response) {
        int status = response.statusCode();
        if (status >= 400 && status < 500) {
            return true;
        }
        if (status == 200 && response.contentType().startsWith("application/json")) {
            List<?> errors = response.jsonPath().getList("errors");
            return errors != null && !errors.isEmpty();
        }
        return false;
    }

    private record Variant(String what, Call call, String contentType, boolean mustRefuse) {

        Response send(String token) {
            var request = given().auth().oauth2(token);
            if (call.body() != null) {
                request.contentType(contentType).body(call.body());
            }
            return request.request(call.method(), call.path());
        }
    }

    private static List<Variant> variants(Call valid) {
        List<Variant> variants = new ArrayList<>();
        String json = ContentType.JSON.toString();
        if (valid.body() != null) {
            // ("null" is not among them: for an optional body it rightly means no body)
            for (String broken : List.of("{", "42", "\"text\"", "[[[]]]", "{\"a\":", "\u0000")) {
                variants.add(new Variant("body " + broken, withBody(valid, broken), json, true));
            }
            variants.add(new Variant("as text/plain", valid, "text/plain", true));
            JsonNode body = parse(valid.body());
            List<String> leaves = new ArrayList<>();
            collectLeaves(body, "", leaves);
            for (String leaf : leaves) {
                variants.add(new Variant(leaf + " of the wrong type",
                        withBody(valid, replaced(body, leaf, node -> JSON.createArrayNode().add(
                                JSON.createArrayNode()))),
                        json, true));
                if (body.at(leaf).isTextual()) {
                    variants.add(new Variant(leaf + " 100,001 characters long",
                            withBody(valid, replaced(body, leaf, node -> new TextNode(TOO_LONG))), json, true));
                }
            }
        }
        // absurd paging and parameters on reads (on a write they would leave the write valid and make it)
        String separator = valid.path().contains("?") ? "&" : "?";
        for (String query : List.of("page=-1", "size=100000000", "page=x", "size=0", "dryRun=perhaps",
                "asOf=yesterday")) {
            if (valid.method().equals("GET")) {
                variants.add(new Variant("with " + query, new Call(valid.method(), valid.path() + separator + query,
                        null), json, false));
            }
        }
        if (UUID.matcher(valid.path()).find()) {
            for (String id : List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000")) {
                variants.add(new Variant("with id " + id, new Call(valid.method(),
                        UUID.matcher(valid.path()).replaceAll(id), valid.body()), json, false));
            }
        }
        return variants;
    }

    private static Call withBody(Call call, String body) {
        return new Call(call.method(), call.path(), body);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the valid call's body is not JSON: " + body, e);
        }
    }

    /** JSON pointers of every scalar in the body. */
    private static void collectLeaves(JsonNode node, String pointer, List<String> leaves) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> collectLeaves(object.get(name), pointer + "/" + name,
                    leaves));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collectLeaves(array.get(i), pointer + "/" + i, leaves);
            }
        } else {
            leaves.add(pointer);
        }
    }

    private static String replaced(JsonNode body, String pointer, UnaryOperator<JsonNode> replacement) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ContainerNode<?> parent = (ContainerNode<?>) copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, replacement.apply(object.get(last)));
        } else {
            ArrayNode array = (ArrayNode) parent;
            int index = Integer.parseInt(last);
            array.set(index, replacement.apply(array.get(index)));
        }
        return copy.toString();
    }

    /**
     * A digest of every table's rows (but the outbox, which the relay empties on its own, and the idempotency keys),
     * to compare before and after a sweep.
     */
    public static Map<String, String> fingerprint(DataSource dataSource) {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename NOT IN ('outbox_event', 'idempotency_key', 'flyway_schema_history')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement
                        .executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text,"
                                + " ',' ORDER BY t::text)), '') FROM " + table + " t")) {
                    rows.next();
                    digests.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not fingerprint the database", e);
        }
        return digests;
    }
}
