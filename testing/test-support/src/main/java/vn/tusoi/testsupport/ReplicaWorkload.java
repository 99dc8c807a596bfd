package vn.tusoi.testsupport;

import static vn.tusoi.testsupport.WorkloadEvents.actionData;
import static vn.tusoi.testsupport.WorkloadEvents.campaignEvent;
import static vn.tusoi.testsupport.WorkloadEvents.classificationData;
import static vn.tusoi.testsupport.WorkloadEvents.event;
import static vn.tusoi.testsupport.WorkloadEvents.id;
import static vn.tusoi.testsupport.WorkloadEvents.selfReviewData;
import static vn.tusoi.testsupport.WorkloadEvents.shortcomingData;
import static vn.tusoi.testsupport.WorkloadEvents.unitEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The events the owners publish for one province, written straight to the topics, in an order made for aggregation
 * replicas to collide: every kind of event of a cell (its session's versions, its shortcomings, their actions, its
 * members' self-reviews, its indicators and classification) on different keys, so different partitions and
 * different replicas, shuffled together; actions often before their shortcomings; a second campaign created
 * half-way; a committee moved with its cells to another district later; then replays of earlier records, stale by
 * then. It keeps its own final states, from which {@link #expected()} counts the headline figures.
 */
public final class ReplicaWorkload {

    public static final String PROVINCE = "WP";
    /** Issued by the province for its cells, at the start. */
    public static final String CAMPAIGN = "WP-1/KH";
    /** Issued by the third district for its cells, half-way through. */
    public static final String LATE_CAMPAIGN = "WP-2/KH";
    public static final List<String> TOPICS = List.of("org.units", "session.campaigns", "session.sessions",
            "session.shortcomings", "session.actions", "session.self-reviews", "session.indicators",
            "session.classifications");

    private static final String DEADLINE = "2024-06-30";
    private static final List<String> SESSION_STEPS = List.of("DRAFT", "HELD", "SUBMITTED", "APPROVED");

    /** One record as a producer's relay sends it. */
    public record Event(String topic, String key, String value) {
    }

    private final Random random;
    private final List<List<Event>> phases = new ArrayList<>();
    private final WorkloadShuffle shuffle;
    // the generator's own final states
    private final Map<String, List<String>> ancestors = new LinkedHashMap<>();
    private final Map<String, String> sessionStatus = new HashMap<>();
    private final Map<String, String> heldOn = new HashMap<>();
    private int shortcomings;

    private ReplicaWorkload(long seed) {
        this.random = new Random(seed);
        this.shuffle = new WorkloadShuffle(random);
    }

    /**
     * Four phases: the tree and the first campaign; then the cells' events in four slices, the second campaign
     * coming with the third and the committee's move with the fourth, whose end replays {@code replays} records.
     */
    public static ReplicaWorkload generate(int districts, int committees, int cells, int replays, long seed) {
        ReplicaWorkload workload = new ReplicaWorkload(seed);
        workload.build(districts, committees, cells, replays);
        return workload;
    }

    public List<List<Event>> phases() {
        return phases;
    }

    public int size() {
        return phases.stream().mapToInt(List::size).sum();
    }

    /** The unit codes, province first. */
    public List<String> units() {
        return List.copyOf(ancestors.keySet());
    }

    /**
     * Figures the roll-ups must show, counted from the generator's final states alone: key
     * {@code campaign|unit|field}, the field as the progress response names it.
     */
    public Map<String, Integer> expected() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (String unit : List.of(PROVINCE, PROVINCE + ".D0", PROVINCE + ".D1")) {
            WorkloadFigures.count(figures, CAMPAIGN, unit, ancestors, sessionStatus, heldOn, DEADLINE);
        }
        WorkloadFigures.count(figures, LATE_CAMPAIGN, PROVINCE + ".D2", ancestors, sessionStatus, heldOn,
                DEADLINE);
        figures.put(CAMPAIGN + "|" + PROVINCE + "|shortcomings.raised", shortcomings);
        return figures;
    }

    private void build(int districts, int committees, int cells, int replays) {
        List<Event> tree = new ArrayList<>();
        unit(tree, PROVINCE, "PROVINCE", List.of(), 1, 0);
        List<String> cellCodes = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String district = PROVINCE + ".D" + d;
            unit(tree, district, "DISTRICT", List.of(PROVINCE), 1, 0);
            for (int g = 0; g < committees; g++) {
                String committee = district + ".G" + g;
                unit(tree, committee, "GRASSROOTS_COMMITTEE", List.of(PROVINCE, district), 1, 0);
                for (int c = 0; c < cells; c++) {
                    String cell = committee + ".C" + c;
                    unit(tree, cell, "CELL", List.of(PROVINCE, district, committee), 1, 3);
                    cellCodes.add(cell);
                }
            }
        }
        campaign(tree, CAMPAIGN, PROVINCE);
        phases.add(tree);

        // every entity's versions in order on its key; the slices shuffle the entities' next versions together
        List<List<Event>> pending = new ArrayList<>();
        List<List<Event>> late = new ArrayList<>();
        for (String cell : cellCodes) {
            pending.addAll(cellEvents(CAMPAIGN, cell));
            if (cell.startsWith(PROVINCE + ".D2.")) {
                late.add(sessionVersions(LATE_CAMPAIGN, cell));
            }
        }
        int total = pending.stream().mapToInt(List::size).sum();
        List<Event> first = shuffle.take(pending, total / 4);
        List<Event> second = shuffle.take(pending, total / 4);
        List<Event> third = new ArrayList<>();
        campaign(third, LATE_CAMPAIGN, PROVINCE + ".D2");
        pending.addAll(late);
        third.addAll(shuffle.take(pending, total / 4));
        List<Event> fourth = new ArrayList<>();
        move(fourth, PROVINCE + ".D0.G0", PROVINCE + ".D1");
        fourth.addAll(shuffle.take(pending, Integer.MAX_VALUE));
        for (int i = 0; i < replays; i++) {
            fourth.add(shuffle.replay());
        }
        phases.addAll(List.of(first, second, third, fourth));
    }

    /** The cell's entities, each a list of its versions. */
    private List<List<Event>> cellEvents(String campaign, String cell) {
        List<List<Event>> entities = new ArrayList<>();
        entities.add(sessionVersions(campaign, cell));
        String sessionId = id("session", campaign, cell);
        for (int s = 0; s < 2; s++) {
            String shortcomingId = id("shortcoming", cell, String.valueOf(s));
            shortcomings++;
            String area = s == 0 ? "PARTY_BUILDING" : "LEADERSHIP";
            boolean resolved = random.nextBoolean();
            List<Event> shortcoming = new ArrayList<>();
            shortcoming.add(event("session.shortcomings", shortcomingId, "vn.tusoi.session.shortcoming.changed",
                    shortcomingData(shortcomingId, sessionId, campaign, cell, area, "OPEN", 0, 1)));
            shortcoming.add(event("session.shortcomings", shortcomingId, "vn.tusoi.session.shortcoming.changed",
                    shortcomingData(shortcomingId, sessionId, campaign, cell, area, resolved ? "RESOLVED" : "OPEN",
                            resolved ? 2 : 0, 2)));
            entities.add(shortcoming);
            for (int a = 0; a < 2; a++) {
                String actionId = id("action", shortcomingId, String.valueOf(a));
                List<Event> action = new ArrayList<>();
                boolean overdue = !resolved && random.nextInt(3) == 0;
                action.add(event("session.actions", actionId, "vn.tusoi.session.action.changed", actionData(actionId,
                        shortcomingId, cell, "IN_PROGRESS", false, 1)));
                action.add(event("session.actions", actionId, "vn.tusoi.session.action.changed", actionData(actionId,
                        shortcomingId, cell, resolved ? "VERIFIED" : "IN_PROGRESS", overdue, 2)));
                entities.add(action);
            }
        }
        for (int m = 0; m < 3; m++) {
            String registryNo = cell + "-M" + m;
            List<Event> review = new ArrayList<>();
            review.add(event("session.self-reviews", campaign + "|" + registryNo,
                    "vn.tusoi.session.self-review.changed",
                    selfReviewData(campaign, registryNo, cell, "SELF_ASSESSED", 1)));
            review.add(event("session.self-reviews", campaign + "|" + registryNo,
                    "vn.tusoi.session.self-review.changed",
                    selfReviewData(campaign, registryNo, cell, "DECIDED", 2)));
            entities.add(review);
        }
        List<Event> indicators = new ArrayList<>();
        for (int version = 1; version <= 2; version++) {
            indicators.add(event("session.indicators", cell + "|2024", "vn.tusoi.session.indicators.changed",
                    Map.of("unitCode", cell, "period", "2024", "indicators", List.of(), "met", version, "total", 3,
                            "version", version)));
        }
        entities.add(indicators);
        List<Event> classification = new ArrayList<>();
        classification.add(event("session.classifications", cell + "|2024",
                "vn.tusoi.session.classification.changed", classificationData(cell, null, 1)));
        classification.add(event("session.classifications", cell + "|2024",
                "vn.tusoi.session.classification.changed", classificationData(cell, "GOOD", 2)));
        entities.add(classification);
        return entities;
    }

    /** A session recorded as a draft, then held, then taken further along the workflow by chance. */
    private List<Event> sessionVersions(String campaign, String cell) {
        String id = id("session", campaign, cell);
        String held = random.nextInt(5) == 0 ? "2024-07-15" : "2024-06-0" + (1 + random.nextInt(9));
        int steps = 1 + random.nextInt(SESSION_STEPS.size());
        List<Event> versions = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            Map<String, Object> data = new HashMap<>(Map.of("id", id, "campaignCode", campaign, "unitCode", cell,
                    "status", SESSION_STEPS.get(step), "version", step + 1));
            data.put("heldOn", held);
            data.put("attendanceExpected", 3);
            data.put("attendancePresent", 2 + random.nextInt(2));
            versions.add(event("session.sessions", id, "vn.tusoi.session.session.changed", data));
        }
        sessionStatus.put(campaign + "|" + cell, SESSION_STEPS.get(steps - 1));
        heldOn.put(campaign + "|" + cell, held);
        return versions;
    }

    /** The committee and each of its cells, version 2, under the other district. */
    private void move(List<Event> events, String committee, String toDistrict) {
        for (Map.Entry<String, List<String>> unit : List.copyOf(ancestors.entrySet())) {
            String code = unit.getKey();
            if (code.equals(committee)) {
                unit(events, code, "GRASSROOTS_COMMITTEE", List.of(PROVINCE, toDistrict), 2, 0);
            } else if (code.startsWith(committee + ".")) {
                unit(events, code, "CELL", List.of(PROVINCE, toDistrict, committee), 2, 3);
            }
        }
    }

    private void unit(List<Event> events, String code, String kind, List<String> path, long version, int members) {
        ancestors.put(code, path);
        events.add(unitEvent(code, kind, path, version, members));
    }

    private static void campaign(List<Event> events, String code, String issuer) {
        events.add(campaignEvent(code, issuer, DEADLINE));
    }
}
