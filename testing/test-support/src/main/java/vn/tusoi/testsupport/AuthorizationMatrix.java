package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of a service's OpenAPI document × every role × a record inside and outside the caller's units. Each
 * endpoint names the roles that may call it; a call by any other role, or outside the caller's units by anyone but
 * the national administrator, must be refused with 403; an allowed call must not be (and a read must answer 200). An
 * endpoint missing from the matrix fails it, so a new endpoint cannot go untested.
 */
public final class AuthorizationMatrix {

    public enum Scope {
        IN, OUT
    }

    static final String STREAM = "GET (stream)";

    /** What came back: the status and, unless it was an open stream, the body. */
    record Answer(int status, String body) {
    }

    /** One request: method, path (already encoded), optional JSON body. */
    public record Call(String method, String path, String body) {

        public static Call get(String path) {
            return new Call("GET", path, null);
        }

        public static Call post(String path, String body) {
            return new Call("POST", path, body);
        }

        public static Call put(String path, String body) {
            return new Call("PUT", path, body);
        }

        public static Call patch(String path, String body) {
            return new Call("PATCH", path, body);
        }

        /** A GET of server-sent events: only the status is judged, the stream is closed at once. */
        public static Call stream(String path) {
            return new Call(STREAM, path, null);
        }

        public boolean isStream() {
            return method.equals(STREAM);
        }
    }

    /** Builds the call against the record in the given scope; {@code n} differs on every call (for unique codes). */
    @FunctionalInterface
    public interface Request {
        Call build(Scope scope, int n);
    }

    /** How an endpoint's answer depends on the caller's units. */
    private enum Reach {
        /** A unit's record: outside the caller's units, 403. */
        SCOPED,
        /** A list narrowed to the caller's units: outside them, empty. */
        FILTERED_LIST,
        /** A record of no unit (a checklist): the same answer inside and outside. */
        SHARED
    }

    private record Endpoint(Set<String> roles, Request request, Reach reach) {
    }

    /** The outcome: how many cases ran and which of them leaked or were wrongly refused. */
    public record Result(int cases, List<String> failures) {
    }

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private int counter;

    /** An endpoint, keyed as {@code "GET /api/v1/sessions/{id}"}, that the given roles may call within their units. */
    public AuthorizationMatrix endpoint(String operation, Set<String> roles, Request request) {
        endpoints.put(operation, new Endpoint(roles, request, Reach.SCOPED));
        return this;
    }

    /** An endpoint of records that belong to no unit (a checklist): the given roles may call it wherever they are. */
    public AuthorizationMatrix shared(String operation, Set<String> roles, Request request) {
        endpoints.put(operation, new Endpoint(roles, request, Reach.SHARED));
        return this;
    }

    /**
     * A list that answers everyone allowed, narrowed to the caller's units: outside them it must answer 200 with
     * nothing ({@code total} 0) rather than 403.
     */
    public AuthorizationMatrix filteredList(String operation, Set<String> roles, Request request) {
        endpoints.put(operation, new Endpoint(roles, request, Reach.FILTERED_LIST));
        return this;
    }

    /**
     * A token for each of the six roles, placed in one province: the officer and the viewer at a district, the
     * secretary and the member (with their registry number) at a cell, the provincial system at the province.
     */
    public static Map<String, String> everyRole(String province, String district, String cell, String member) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", TestTokens.admin());
        tokens.put("officer", TestTokens.token("officer." + district, district, "officer"));
        tokens.put("secretary", TestTokens.token("secretary." + cell, cell, "secretary"));
        tokens.put("member", TestTokens.member(member, cell));
        tokens.put("viewer", TestTokens.viewing("viewer." + district, cell, district, "viewer"));
        tokens.put("integration", TestTokens.token("service-account-provincial-" + province, province, "integration"));
        return tokens;
    }

    /** Prints how many cases ran and fails with every one that leaked or was wrongly refused. */
    public static void assertPassed(String what, Result result) {
        System.out.printf("%s: %d cases%n", what, result.cases());
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().size() + " of " + result.cases() + " cases failed:\n"
                    + String.join("\n", result.failures()));
        }
    }

    /** The operations of the service's OpenAPI document, as {@code "METHOD /path/{param}"}. */
    public static Set<String> documentedOperations() {
        String document = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(document).getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path.replaceAll("\\{(\\w+)[^}]*}", "{$1}"))));
        return operations;
    }

    public Set<String> operations() {
        return new TreeSet<>(endpoints.keySet());
    }

    /** Runs every endpoint for every role (token by role) in both scopes. */
    public Result run(Map<String, String> tokensByRole) {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Endpoint> entry : endpoints.entrySet()) {
            Endpoint endpoint = entry.getValue();
            for (Scope scope : Scope.values()) {
                for (Map.Entry<String, String> role : tokensByRole.entrySet()) {
                    cases++;
                    Call call = endpoint.request().build(scope, ++counter);
                    Answer answer = send(call, role.getValue());
                    String failure = judge(endpoint, scope, role.getKey(), call, answer);
                    if (failure != null) {
                        failures.add(entry.getKey() + " as " + role.getKey() + " " + scope + ": " + failure);
                    }
                }
            }
        }
        return new Result(cases, failures);
    }

    /** The calls of every endpoint against the records inside the callers' units, by operation. */
    public Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        endpoints.forEach((operation, endpoint) -> calls.put(operation, endpoint.request().build(Scope.IN,
                ++counter)));
        return calls;
    }

    /**
     * Every endpoint called without a token and with each token a service must refuse (expired, wrong audience or
     * issuer, altered, signed with another key, unsigned): each must answer 401.
     */
    public Result runRefused() {
        Map<String, String> tokens = new LinkedHashMap<>(TestTokens.refused());
        tokens.put("no token", null);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Call> call : calls().entrySet()) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                cases++;
                int status = send(call.getValue(), token.getValue()).status();
                if (status != 401) {
                    failures.add(call.getKey() + " with " + token.getKey() + ": expected 401, got " + status);
                }
            }
        }
        return new Result(cases, failures);
    }

    private static String judge(Endpoint endpoint, Scope scope, String role, Call call, Answer answer) {
        int status = answer.status();
        String body = answer.body();
        if (status >= 500) {
            return "server error " + status + " " + body;
        }
        boolean roleAllowed = endpoint.roles().contains(role);
        boolean admin = role.equals("admin");
        if (roleAllowed && scope == Scope.OUT && !admin && endpoint.reach() == Reach.FILTERED_LIST) {
            // a page ({"items", "total"}) or a plain list (a look-up by codes)
            return status == 200 && (body.trim().startsWith("[")
                    ? JsonPath.from(body).getList("$").isEmpty()
                    : JsonPath.from(body).getLong("total") == 0)
                            ? null
                            : "expected an empty list, got " + status + " " + body;
        }
        boolean allowed = roleAllowed && (scope == Scope.IN || admin || endpoint.reach() == Reach.SHARED);
        if (!allowed) {
            return status == 403 ? null : "expected 403, got " + status + " " + body;
        }
        if (status == 401 || status == 403) {
            return "refused with " + status + " " + body;
        }
        if ((call.method().equals("GET") || call.isStream()) && status != 200) {
            return "a read answered " + status + " " + body;
        }
        return null;
    }

    static Answer send(Call call, String token) {
        if (call.isStream()) {
            return ServerSentEvents.open(call.path(), token, stream -> {
            });
        }
        RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
        if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        Response response = request.request(call.method(), call.path());
        return new Answer(response.statusCode(), response.asString());
    }
}
