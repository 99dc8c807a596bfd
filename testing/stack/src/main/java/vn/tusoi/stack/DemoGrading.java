package vn.tusoi.stack;

import static vn.tusoi.stack.DemoClient.encode;
import static vn.tusoi.stack.DemoClient.expect;
import static vn.tusoi.stack.DemoClient.find;
import static vn.tusoi.stack.DemoData.say;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo's grading by QĐ 366-QĐ/TW (deploy/demo/grading.json), through the public APIs and idempotently: the reviews
 * whose shortcomings the conditions read (Bình Xuyên's Đạo Đức, 2019 and 2020, the second raising the first's
 * land-management shortcoming again; Đức Thọ's third-quarter review of 2026, graded for 2026-Q3), then the units'
 * classifications with their score sheets, each brought to its stage. A proposal the rules refuse (an excellent grade
 * over a shortcoming still open) is made, and its refusal expected: the unit stays self-assessed.
 */
final class DemoGrading {

    /** Đức Thọ's third-quarter review of its cells, graded for 2026-Q3. */
    static final String QUARTER_CAMPAIGN = "95-KH/HU";
    /** Bình Xuyên's review of 2020, where Đạo Đức's land-management shortcoming of 2019 came back. */
    static final String RECURRING_CAMPAIGN = "BX-KD-2020";

    private final String organization;
    private final String session;
    private final ObjectMapper json;
    private final DemoClient api;
    private final Progress progress;

    /** Advances a shortcoming's actions to their planned state (DemoData's follow-up does it for 87-KH/HU). */
    @FunctionalInterface
    interface Progress {
        void advance(JsonNode action, String planned) throws IOException, InterruptedException;
    }

    DemoGrading(String organization, String session, ObjectMapper json, DemoClient api, Progress progress) {
        this.organization = organization;
        this.session = session;
        this.json = json;
        this.api = api;
        this.progress = progress;
    }

    void load(JsonNode grading) throws IOException, InterruptedException {
        say("units of Bình Xuyên", expect(api.post(organization + "/units/import", grading.path("units")), 200)
                .text());
        int shortcomings = 0;
        for (JsonNode review : grading.path("reviews")) {
            shortcomings += review(review);
        }
        say("reviews graded on", grading.path("reviews").size() + " sessions, " + shortcomings
                + " shortcomings created");
        for (JsonNode classification : grading.path("classifications")) {
            classify(classification);
        }
        say("classifications with score sheets", grading.path("classifications").size() + " at their stages");
    }

    /** The campaign (if given whole), the unit's session of it, its shortcomings; returns those created. */
    private int review(JsonNode review) throws IOException, InterruptedException {
        JsonNode campaign = review.path("campaign");
        String code = campaign.path("code").asText();
        if (campaign.has("title")) {
            DemoClient.Reply reply = api.awaitReply(() -> api.post(session + "/campaigns", campaign),
                    answer -> answer.status() == 201 || answer.status() == 409);
            say("campaign " + code, reply.status() == 201 ? "created" : "already there");
        }
        String sessions = session + "/campaigns/" + encode(code) + "/sessions";
        // the unit reaches session-service by its event a moment after its import: until then its row is refused
        api.awaitReply(() -> api.post(sessions + "/import", json.createArrayNode().add(review.path("session"))),
                reply -> reply.status() == 200 && reply.body().path("errors").isEmpty());
        String unit = review.path("session").path("unitCode").asText();
        JsonNode held = find(expect(api.get(sessions + "?size=500"), 200).body(), "unitCode", unit);
        String url = session + "/sessions/" + held.path("id").asText() + "/shortcomings";
        JsonNode existing = expect(api.get(url), 200).body();
        int created = 0;
        for (JsonNode shortcoming : review.path("shortcomings")) {
            JsonNode stored = find(existing, "description", shortcoming.path("description").asText());
            if (stored == null) {
                ObjectNode body = shortcoming.deepCopy();
                body.withArray("actions").forEach(action -> ((ObjectNode) action).remove("progress"));
                stored = expect(api.post(url, body), 201).body();
                created++;
            }
            Iterator<JsonNode> planned = shortcoming.path("actions").iterator();
            for (JsonNode action : stored.path("actions")) {
                progress.advance(action, planned.next().path("progress").asText(""));
            }
        }
        return created;
    }

    /** Self-assesses with the score sheet, then proposes and decides with it up to the stage; or is refused. */
    private void classify(JsonNode classification) throws IOException, InterruptedException {
        String url = session + "/units/" + classification.path("unitCode").asText() + "/classifications/"
                + classification.path("period").asText();
        ObjectNode body = json.createObjectNode().put("grade", classification.path("grade").asText());
        body.putObject("score").set("points", classification.path("score"));
        DemoClient.Reply stored = api.get(url);
        String stage = stored.status() == 200
                ? stored.body().path("stage").asText()
                : expect(api.send("PUT", url, body), 200).body().path("stage").asText();
        if (classification.has("refused")) {
            DemoClient.Reply refused = api.post(url + "/propose", body);
            String type = refused.body().path("type").asText();
            if (!stage.equals("SELF_ASSESSED") || refused.status() != 422
                    || !type.endsWith(":" + classification.path("refused").asText())) {
                throw new IllegalStateException("expected the proposal refused (" + classification.path("refused")
                        .asText() + "), got " + refused.status() + ": " + refused.text());
            }
            say("refused as QĐ 366 says", classification.path("unitCode").asText() + " "
                    + classification.path("period").asText() + ": " + refused.body().path("detail").asText());
            return;
        }
        String target = classification.path("stage").asText();
        for (String step : List.of("propose", "decide")) {
            boolean due = step.equals("propose")
                    ? stage.equals("SELF_ASSESSED") && !target.equals("SELF_ASSESSED")
                    : stage.equals("PROPOSED") && target.equals("DECIDED");
            if (due) {
                stage = expect(api.post(url + "/" + step, body), 200).body().path("stage").asText();
            }
        }
    }
}
