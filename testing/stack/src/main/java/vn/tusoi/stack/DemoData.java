package vn.tusoi.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the Đức Thọ demo data (deploy/demo) through the services' public APIs, idempotently: running it again
 * changes nothing, and a run cut short is completed by the next. deploy/up and the browser tests both use it.
 *
 * <p>
 * What it loads: the units; members of five cells; campaign 87-KH/HU (2023) with 32 of 35 sessions held,
 * shortcomings with causes and actions (some done, verified, overdue), members' self-reviews at every stage; targets
 * (Bùi La Nhân's 2020–2025 term: 21 of 33 met; 2023 targets at 140 % and 74 %); last year's decided classifications;
 * campaign 52-KH/HU (2022), closed, with its figures frozen; and this year's year-end review 120-KH/HU, open, with
 * nothing reported yet.
 */
public final class DemoData {

    public static final String CAMPAIGN = "87-KH/HU";
    public static final String CLOSED_CAMPAIGN = "52-KH/HU";
    /** This year's year-end review, open, with no session yet: the units' forms report it. */
    public static final String YEAR_END_CAMPAIGN = "120-KH/HU";
    public static final String DISTRICT = "HT-DT";
    static final Duration WAIT = Duration.ofSeconds(90);
    /** A write that lost a race: nothing was written, and it may be sent again. */
    private static final String CONCURRENT_CHANGE = "urn:tusoi:problem:concurrent-change";

    private final Path demo;
    private final String organization;
    private final String session;
    private final String aggregation;
    private final String bearer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public DemoData(Path demo, String organizationUrl, String sessionUrl, String aggregationUrl, String token) {
        this.demo = demo;
        this.organization = organizationUrl + "/api/v1";
        this.session = sessionUrl + "/api/v1";
        this.aggregation = aggregationUrl + "/api/v1";
        this.bearer = "Bearer " + token;
    }

    /** {@code DemoData <deploy/demo> <organization URL> <session URL> <aggregation URL>}, the token in TUSOI_TOKEN. */
    public static void main(String[] args) throws Exception {
        new DemoData(Path.of(args[0]), args[1], args[2], args[3], System.getenv("TUSOI_TOKEN")).load();
    }

    public void load() throws IOException, InterruptedException {
        say("units", expect(post(organization + "/units/import", file("units.json")), 200).text);
        say("members", expect(post(organization + "/members/import", file("members.json")), 200).body.path("created")
                + " created");
        campaign(file("campaign.json"));
        say("sessions of " + CAMPAIGN, expect(post(sessions(CAMPAIGN) + "/import", file("sessions.json")), 200).text);
        followUp();
        selfReviews();
        indicators();
        classifications();
        closedCampaign();
        campaign(file("campaign-year-end.json"));
        reflected(CAMPAIGN);
        say("roll-up at " + DISTRICT, expect(get(progress(CAMPAIGN, DISTRICT)), 200).text);
    }

    private void campaign(JsonNode campaign) throws IOException, InterruptedException {
        // session-service learns the units from their events (or asks organization-service): a moment after import
        Reply reply = awaitReply(() -> post(session + "/campaigns", campaign),
                answer -> answer.status == 201 || answer.status == 409);
        say("campaign " + campaign.path("code").asText(), reply.status == 201 ? "created" : "already there");
    }

    private void followUp() throws IOException, InterruptedException {
        Map<String, String> sessionOfUnit = sessionIds(CAMPAIGN);
        int created = 0;
        for (JsonNode unit : file("followup.json")) {
            String sessionId = sessionOfUnit.get(unit.path("unitCode").asText());
            String url = session + "/sessions/" + sessionId + "/shortcomings";
            JsonNode existing = expect(get(url), 200).body;
            for (JsonNode shortcoming : unit.path("shortcomings")) {
                JsonNode stored = find(existing, "description", shortcoming.path("description").asText());
                if (stored == null) {
                    stored = expect(post(url, withoutProgress(shortcoming)), 201).body;
                    created++;
                }
                Iterator<JsonNode> planned = shortcoming.path("actions").iterator();
                for (JsonNode action : stored.path("actions")) {
                    advance(action, planned.next().path("progress").asText(""));
                }
            }
        }
        say("shortcomings", created + " created");
    }

    /** Brings an action to its planned state: {@code DONE}, {@code VERIFIED} or {@code IN_PROGRESS:<percent>}. */
    private void advance(JsonNode action, String progress) throws IOException, InterruptedException {
        String status = action.path("status").asText();
        String url = session + "/actions/" + action.path("id").asText();
        if (progress.startsWith("IN_PROGRESS") && status.equals("PLANNED")) {
            ObjectNode update = json.createObjectNode().put("status", "IN_PROGRESS")
                    .put("progressPercent", Integer.parseInt(progress.substring("IN_PROGRESS:".length())));
            expect(send("PATCH", url, update), 200);
        } else if ((progress.equals("DONE") || progress.equals("VERIFIED"))
                && !status.equals("DONE") && !status.equals("VERIFIED")) {
            expect(send("PATCH", url, json.createObjectNode().put("status", "DONE").put("progressPercent", 100)),
                    200);
            status = "DONE";
        }
        if (progress.equals("VERIFIED") && status.equals("DONE")) {
            expect(post(url + "/verify", json.createObjectNode()), 200);
        }
    }

    private void selfReviews() throws IOException, InterruptedException {
        for (JsonNode review : file("self-reviews.json")) {
            String url = session + "/campaigns/" + encode(CAMPAIGN) + "/self-reviews/" + review.path("registryNo")
                    .asText();
            Reply stored = get(url);
            String stage = stored.status == 200 ? stored.body.path("stage").asText() : null;
            if (stage == null) {
                ObjectNode body = review.deepCopy();
                body.remove(List.of("registryNo", "stage"));
                stage = expect(send("PUT", url, body), 200).body.path("stage").asText();
            }
            grade(url, review.path("selfGrade").asText(), stage, review.path("stage").asText());
        }
        say("self-reviews", file("self-reviews.json").size() + " at their stages");
    }

    private void classifications() throws IOException, InterruptedException {
        for (JsonNode classification : file("classifications.json")) {
            String url = session + "/units/" + classification.path("unitCode").asText() + "/classifications/"
                    + classification.path("year").asInt();
            String grade = classification.path("grade").asText();
            Reply stored = get(url);
            String stage = stored.status == 200
                    ? stored.body.path("stage").asText()
                    : expect(send("PUT", url, json.createObjectNode().put("grade", grade)), 200).body.path("stage")
                            .asText();
            grade(url, grade, stage, "DECIDED");
        }
        say("classifications", file("classifications.json").size() + " decided");
    }

    /** Proposes, then decides, until the record reaches {@code target}; returns the stage reached. */
    private String grade(String url, String grade, String stage, String target)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("grade", grade);
        if (stage.equals("SELF_ASSESSED") && !target.equals("SELF_ASSESSED")) {
            stage = expect(post(url + "/propose", body), 200).body.path("stage").asText();
        }
        if (stage.equals("PROPOSED") && target.equals("DECIDED")) {
            stage = expect(post(url + "/decide", body), 200).body.path("stage").asText();
        }
        return stage;
    }

    private void indicators() throws IOException, InterruptedException {
        for (JsonNode set : file("indicators.json")) {
            String url = session + "/units/" + set.path("unitCode").asText() + "/indicators/" + set.path("period")
                    .asText();
            JsonNode stored = expect(send("PUT", url, set.path("indicators")), 200).body;
            say("targets " + set.path("unitCode").asText() + " " + set.path("period").asText(),
                    stored.path("met").asInt() + "/" + stored.path("total").asInt() + " met");
        }
    }

    /** Last year's campaign: its sessions, then closed once the roll-ups have them, so that its figures freeze. */
    private void closedCampaign() throws IOException, InterruptedException {
        JsonNode campaign = file("campaign-2022.json");
        campaign(campaign);
        String url = session + "/campaigns/" + encode(CLOSED_CAMPAIGN);
        if (!expect(get(url), 200).body.path("status").asText().equals("OPEN")) {
            return;
        }
        JsonNode sessions = file("sessions-2022.json");
        expect(post(sessions(CLOSED_CAMPAIGN) + "/import", sessions), 200);
        long held = sessions.size();
        await(progress(CLOSED_CAMPAIGN, DISTRICT), view -> view.path("direct").path("held").asLong() == held);
        expect(post(url + "/close", json.createObjectNode()), 200);
        say("campaign " + CLOSED_CAMPAIGN, "closed with " + held + " sessions");
    }

    /**
     * Waits until the roll-ups reflect every session, shortcoming and self-review session-service holds for the
     * campaign, at its version (the reconciliation against the owner's records: nothing in flight, nothing drifted),
     * whatever the demo's users have written since it was first loaded.
     */
    private void reflected(String campaign) throws IOException, InterruptedException {
        String url = aggregation + "/rollups/reconciliation?campaignCode=" + encode(campaign);
        awaitReply(() -> post(url, json.createObjectNode()), reply -> reply.status == 200
                && reply.body.path("records").path("checked").asBoolean()
                && reply.body.path("records").path("inFlight").asLong() == 0
                && reply.body.path("records").path("drifted").asLong() == 0
                && reply.body.path("drifted").asLong() == 0
                && reply.body.path("contributionsDrifted").asLong() == 0);
    }

    private Map<String, String> sessionIds(String campaign) throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : expect(get(sessions(campaign) + "?size=500"), 200).body.path("items")) {
            ids.put(item.path("unitCode").asText(), item.path("id").asText());
        }
        return ids;
    }

    private JsonNode withoutProgress(JsonNode shortcoming) {
        ObjectNode copy = shortcoming.deepCopy();
        for (JsonNode action : copy.path("actions")) {
            ((ObjectNode) action).remove("progress");
        }
        return copy;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list.path("items").isMissingNode() ? list : list.path("items")) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }

    private String sessions(String campaign) {
        return session + "/campaigns/" + encode(campaign) + "/sessions";
    }

    private String progress(String campaign, String unit) {
        return aggregation + "/campaigns/" + encode(campaign) + "/progress/" + unit;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode file(String name) throws IOException {
        return json.readTree(Files.readString(demo.resolve(name)));
    }

    private record Reply(int status, JsonNode body, String text) {
    }

    @FunctionalInterface
    private interface Call {
        Reply call() throws IOException, InterruptedException;
    }

    private JsonNode await(String url, Predicate<JsonNode> done) throws IOException, InterruptedException {
        return awaitReply(() -> get(url), reply -> reply.status == 200 && done.test(reply.body)).body;
    }

    private Reply awaitReply(Call call, Predicate<Reply> done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Reply reply = call.call();
        while (!done.test(reply)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("still " + reply.status + " " + reply.text + " after " + WAIT);
            }
            Thread.sleep(250);
            reply = call.call();
        }
        return reply;
    }

    private Reply expect(Reply reply, int status) {
        if (reply.status != status) {
            throw new IllegalStateException("expected " + status + ", got " + reply.status + ": " + reply.text);
        }
        return reply;
    }

    private Reply get(String url) throws IOException, InterruptedException {
        return send("GET", url, null);
    }

    private Reply post(String url, JsonNode body) throws IOException, InterruptedException {
        return send("POST", url, body);
    }

    /**
     * Sends the request; a write that lost a race (409 {@code concurrent-change}: nothing was written, e.g. the
     * overdue check touched the same action at that moment) is sent again, as the problem says to, a few times.
     */
    private Reply send(String method, String url, JsonNode body) throws IOException, InterruptedException {
        Reply reply = sendOnce(method, url, body);
        for (int attempt = 1; attempt < 5 && reply.status == 409
                && CONCURRENT_CHANGE.equals(reply.body.path("type").asText()); attempt++) {
            Thread.sleep(100L * attempt);
            reply = sendOnce(method, url, body);
        }
        return reply;
    }

    private Reply sendOnce(String method, String url, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode parsed = text == null || text.isBlank() ? json.createObjectNode() : readOrText(text);
        return new Reply(response.statusCode(), parsed, text);
    }

    private JsonNode readOrText(String text) {
        try {
            return json.readTree(text);
        } catch (IOException notJson) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private static void say(String what, Object result) {
        System.out.println("  " + what + ": " + result);
    }
}
