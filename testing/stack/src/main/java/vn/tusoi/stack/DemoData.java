package vn.tusoi.stack;

import static vn.tusoi.stack.DemoClient.encode;
import static vn.tusoi.stack.DemoClient.expect;
import static vn.tusoi.stack.DemoClient.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
 * campaign 52-KH/HU (2022), closed, with its figures frozen; this year's year-end review 120-KH/HU, open, with
 * nothing reported yet; and the grading of 2026 by QĐ 366 (score sheets, a quarter, a refusal, a shortcoming that
 * came back: {@link DemoGrading}).
 */
public final class DemoData {

    public static final String CAMPAIGN = "87-KH/HU";
    public static final String CLOSED_CAMPAIGN = "52-KH/HU";
    /** This year's year-end review, open, with no session yet: the units' forms report it. */
    public static final String YEAR_END_CAMPAIGN = "120-KH/HU";
    public static final String DISTRICT = "HT-DT";

    private final Path demo;
    private final String organization;
    private final String session;
    private final String aggregation;
    private final ObjectMapper json = new ObjectMapper();
    private final DemoClient api;

    public DemoData(Path demo, String organizationUrl, String sessionUrl, String aggregationUrl, String token) {
        this.demo = demo;
        this.organization = organizationUrl + "/api/v1";
        this.session = sessionUrl + "/api/v1";
        this.aggregation = aggregationUrl + "/api/v1";
        this.api = new DemoClient(token, json);
    }

    /** {@code DemoData <deploy/demo> <organization URL> <session URL> <aggregation URL>}, the token in TUSOI_TOKEN. */
    public static void main(String[] args) throws Exception {
        new DemoData(Path.of(args[0]), args[1], args[2], args[3], System.getenv("TUSOI_TOKEN")).load();
    }

    public void load() throws IOException, InterruptedException {
        say("units", expect(api.post(organization + "/units/import", file("units.json")), 200).text());
        say("members",
                expect(api.post(organization + "/members/import", file("members.json")), 200).body().path("created")
                        + " created");
        campaign(file("campaign.json"));
        say("sessions of " + CAMPAIGN,
                expect(api.post(sessions(CAMPAIGN) + "/import", file("sessions.json")), 200).text());
        followUp();
        selfReviews();
        indicators();
        classifications();
        closedCampaign();
        campaign(file("campaign-year-end.json"));
        new DemoGrading(organization, session, json, api, this::advance).load(file("grading.json"));
        reflected(CAMPAIGN);
        // the grades of a quarter and a shortcoming that came back, rolled up as a recount finds them
        reflected(DemoGrading.QUARTER_CAMPAIGN);
        reflected(DemoGrading.RECURRING_CAMPAIGN);
        say("roll-up at " + DISTRICT, expect(api.get(progress(CAMPAIGN, DISTRICT)), 200).text());
    }

    private void campaign(JsonNode campaign) throws IOException, InterruptedException {
        // session-service learns the units from their events (or asks organization-service): a moment after import
        DemoClient.Reply reply = api.awaitReply(() -> api.post(session + "/campaigns", campaign),
                answer -> answer.status() == 201 || answer.status() == 409);
        say("campaign " + campaign.path("code").asText(), reply.status() == 201 ? "created" : "already there");
    }

    private void followUp() throws IOException, InterruptedException {
        Map<String, String> sessionOfUnit = sessionIds(CAMPAIGN);
        int created = 0;
        for (JsonNode unit : file("followup.json")) {
            String sessionId = sessionOfUnit.get(unit.path("unitCode").asText());
            String url = session + "/sessions/" + sessionId + "/shortcomings";
            JsonNode existing = expect(api.get(url), 200).body();
            for (JsonNode shortcoming : unit.path("shortcomings")) {
                JsonNode stored = find(existing, "description", shortcoming.path("description").asText());
                if (stored == null) {
                    stored = expect(api.post(url, withoutProgress(shortcoming)), 201).body();
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
            expect(api.send("PATCH", url, update), 200);
        } else if ((progress.equals("DONE") || progress.equals("VERIFIED"))
                && !status.equals("DONE") && !status.equals("VERIFIED")) {
            expect(api.send("PATCH", url, json.createObjectNode().put("status", "DONE").put("progressPercent", 100)),
                    200);
            status = "DONE";
        }
        if (progress.equals("VERIFIED") && status.equals("DONE")) {
            expect(api.post(url + "/verify", json.createObjectNode()), 200);
        }
    }

    private void selfReviews() throws IOException, InterruptedException {
        for (JsonNode review : file("self-reviews.json")) {
            String url = session + "/campaigns/" + encode(CAMPAIGN) + "/self-reviews/" + review.path("registryNo")
                    .asText();
            DemoClient.Reply stored = api.get(url);
            String stage = stored.status() == 200 ? stored.body().path("stage").asText() : null;
            if (stage == null) {
                ObjectNode body = review.deepCopy();
                body.remove(List.of("registryNo", "stage"));
                stage = expect(api.send("PUT", url, body), 200).body().path("stage").asText();
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
            DemoClient.Reply stored = api.get(url);
            String stage = stored.status() == 200
                    ? stored.body().path("stage").asText()
                    : expect(api.send("PUT", url, json.createObjectNode().put("grade", grade)), 200).body()
                            .path("stage")
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
            stage = expect(api.post(url + "/propose", body), 200).body().path("stage").asText();
        }
        if (stage.equals("PROPOSED") && target.equals("DECIDED")) {
            stage = expect(api.post(url + "/decide", body), 200).body().path("stage").asText();
        }
        return stage;
    }

    private void indicators() throws IOException, InterruptedException {
        for (JsonNode set : file("indicators.json")) {
            String url = session + "/units/" + set.path("unitCode").asText() + "/indicators/" + set.path("period")
                    .asText();
            JsonNode stored = expect(api.send("PUT", url, set.path("indicators")), 200).body();
            say("targets " + set.path("unitCode").asText() + " " + set.path("period").asText(),
                    stored.path("met").asInt() + "/" + stored.path("total").asInt() + " met");
        }
    }

    /** Last year's campaign: its sessions, then closed once the roll-ups have them, so that its figures freeze. */
    private void closedCampaign() throws IOException, InterruptedException {
        JsonNode campaign = file("campaign-2022.json");
        campaign(campaign);
        String url = session + "/campaigns/" + encode(CLOSED_CAMPAIGN);
        if (!expect(api.get(url), 200).body().path("status").asText().equals("OPEN")) {
            return;
        }
        JsonNode sessions = file("sessions-2022.json");
        expect(api.post(sessions(CLOSED_CAMPAIGN) + "/import", sessions), 200);
        long held = sessions.size();
        api.await(progress(CLOSED_CAMPAIGN, DISTRICT), view -> view.path("direct").path("held").asLong() == held);
        expect(api.post(url + "/close", json.createObjectNode()), 200);
        say("campaign " + CLOSED_CAMPAIGN, "closed with " + held + " sessions");
    }

    /**
     * Waits until the roll-ups reflect every session, shortcoming and self-review session-service holds for the
     * campaign, at its version (the reconciliation against the owner's records: nothing in flight, nothing drifted),
     * whatever the demo's users have written since it was first loaded.
     */
    private void reflected(String campaign) throws IOException, InterruptedException {
        String url = aggregation + "/rollups/reconciliation?campaignCode=" + encode(campaign);
        api.awaitReply(() -> api.post(url, json.createObjectNode()), reply -> reply.status() == 200
                && reply.body().path("records").path("checked").asBoolean()
                && reply.body().path("records").path("inFlight").asLong() == 0
                && reply.body().path("records").path("drifted").asLong() == 0
                && reply.body().path("drifted").asLong() == 0
                && reply.body().path("contributionsDrifted").asLong() == 0);
    }

    private Map<String, String> sessionIds(String campaign) throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : expect(api.get(sessions(campaign) + "?size=500"), 200).body().path("items")) {
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

    private String sessions(String campaign) {
        return session + "/campaigns/" + encode(campaign) + "/sessions";
    }

    private String progress(String campaign, String unit) {
        return aggregation + "/campaigns/" + encode(campaign) + "/progress/" + unit;
    }

    private JsonNode file(String name) throws IOException {
        return json.readTree(Files.readString(demo.resolve(name)));
    }

    static void say(String what, Object result) {
        System.out.println("  " + what + ": " + result);
    }
}
