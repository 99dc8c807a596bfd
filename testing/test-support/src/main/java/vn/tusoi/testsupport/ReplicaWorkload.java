package vn.tusoi.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEADLINE = "2024-06-30";
    private static final List<String> SESSION_STEPS = List.of("DRAFT", "HELD", "SUBMITTED", "APPROVED");

    /** One record as a producer's relay sends it. */
    public record Event(String topic, String key, String value) {
    }

    private final Random random;
    private final List<List<Event>> phases = new ArrayList<>();
    private final List<Event> sent = new ArrayList<>();
    // the generator's own final states
    private final Map<String, List<String>> ancestors = new LinkedHashMap<>();
    private final Map<String, String> sessionStatus = new HashMap<>();
    private final Map<String, String> heldOn = new HashMap<>();
    private int shortcomings;

    private ReplicaWorkload(long seed) {
        this.random = new Random(seed);
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

    /**
     * Creates the topics the workload writes, compacted, with this many partitions each, and waits until every
     * partition has its leader (records sent before that are refused and retried out of order).
     */
    public static void createTopics(String bootstrapServers, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, partitions, (short) 1).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()).anyMatch(partition -> partition.leader() == null
                            || partition.leader().isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the workload's topics have no leaders after 30 s");
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * A producer that sends events in order, each call's all acknowledged when it returns; a retried send may write
     * a record twice, which the workload's versions make a replay like the others.
     */
    public static final class Publisher implements AutoCloseable {

        private final KafkaProducer<String, String> producer;

        public Publisher(String bootstrapServers) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // one request in flight keeps each key's order through retries; the embedded broker right after its
            // start refused an idempotent producer's retried batches as out of sequence, without end
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
            this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }

        public void send(List<Event> events) {
            for (Event event : events) {
                producer.send(new ProducerRecord<>(event.topic(), event.key(), event.value()));
            }
            producer.flush();
        }

        @Override
        public void close() {
            producer.close();
        }
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
            count(figures, CAMPAIGN, unit);
        }
        count(figures, LATE_CAMPAIGN, PROVINCE + ".D2");
        figures.put(CAMPAIGN + "|" + PROVINCE + "|shortcomings.raised", shortcomings);
        return figures;
    }

    private void count(Map<String, Integer> figures, String campaign, String unit) {
        int expected = 0;
        int held = 0;
        int onTime = 0;
        for (Map.Entry<String, List<String>> cell : ancestors.entrySet()) {
            if (!cell.getKey().contains(".C") || !cell.getValue().contains(unit)) {
                continue;
            }
            expected++;
            String session = campaign + "|" + cell.getKey();
            String status = sessionStatus.get(session);
            if (status != null && !status.equals("DRAFT")) {
                held++;
                if (!LocalDate.parse(heldOn.get(session)).isAfter(LocalDate.parse(DEADLINE))) {
                    onTime++;
                }
            }
        }
        figures.put(campaign + "|" + unit + "|byKind.CELL.expected", expected);
        figures.put(campaign + "|" + unit + "|byKind.CELL.held", held);
        figures.put(campaign + "|" + unit + "|onTime", onTime);
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
        List<Event> first = shuffled(pending, total / 4);
        List<Event> second = shuffled(pending, total / 4);
        List<Event> third = new ArrayList<>();
        campaign(third, LATE_CAMPAIGN, PROVINCE + ".D2");
        pending.addAll(late);
        third.addAll(shuffled(pending, total / 4));
        List<Event> fourth = new ArrayList<>();
        move(fourth, PROVINCE + ".D0.G0", PROVINCE + ".D1");
        fourth.addAll(shuffled(pending, Integer.MAX_VALUE));
        for (int i = 0; i < replays; i++) {
            fourth.add(sent.get(random.nextInt(sent.size())));
        }
        phases.addAll(List.of(first, second, third, fourth));
    }

    /** Takes up to {@code count} events, each the next version of an entity picked at random. */
    private List<Event> shuffled(List<List<Event>> pending, int count) {
        List<Event> taken = new ArrayList<>();
        while (taken.size() < count && !pending.isEmpty()) {
            int pick = random.nextInt(pending.size());
            List<Event> versions = pending.get(pick);
            Event next = versions.remove(0);
            taken.add(next);
            sent.add(next);
            if (versions.isEmpty()) {
                pending.set(pick, pending.get(pending.size() - 1));
                pending.remove(pending.size() - 1);
            }
        }
        return taken;
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
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Đảng bộ " + code);
        data.put("kind", kind);
        data.put("parentCode", path.isEmpty() ? null : path.get(path.size() - 1));
        data.put("ancestors", path);
        data.put("depth", path.size());
        data.put("memberCount", members);
        data.put("validFrom", "2020-01-01");
        data.put("predecessors", List.of());
        data.put("version", version);
        events.add(event("org.units", code, "vn.tusoi.org.unit.changed", data));
    }

    private void campaign(List<Event> events, String code, String issuer) {
        events.add(event("session.campaigns", code, "vn.tusoi.session.campaign.changed", Map.of("code", code,
                "title", "Tự soi, tự sửa", "issuingUnitCode", issuer, "scopeKinds", List.of("CELL"), "startDate",
                "2024-01-01", "deadline", DEADLINE, "status", "OPEN", "version", 1)));
    }

    private static Map<String, Object> shortcomingData(String id, String sessionId, String campaign, String cell,
            String area, String status, int verified, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id, "sessionId", sessionId, "campaignCode", campaign,
                "unitCode", cell, "area", area, "status", status, "actionsTotal", 2, "actionsVerified", verified,
                "version", version));
        data.put("carriedFromId", null);
        return data;
    }

    private static Map<String, Object> actionData(String id, String shortcomingId, String cell, String status,
            boolean overdue, long version) {
        return Map.of("id", id, "shortcomingId", shortcomingId, "unitCode", cell, "status", status, "dueOn",
                "2024-05-31", "overdue", overdue, "version", version);
    }

    private static Map<String, Object> selfReviewData(String campaign, String registryNo, String cell, String stage,
            long version) {
        Map<String, Object> data = new HashMap<>(Map.of("campaignCode", campaign, "registryNo", registryNo,
                "unitCode", cell, "stage", stage, "manifestationsFound", 0, "version", version));
        data.put("selfGrade", "GOOD");
        data.put("decidedGrade", stage.equals("DECIDED") ? "GOOD" : null);
        return data;
    }

    private static Map<String, Object> classificationData(String cell, String decided, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("unitCode", cell, "year", 2024, "stage",
                decided == null ? "SELF_ASSESSED" : "DECIDED", "selfGrade", "GOOD", "version", version));
        data.put("decidedGrade", decided);
        return data;
    }

    private static String id(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes()).toString();
    }

    private static Event event(String topic, String key, String type, Map<String, Object> data) {
        try {
            return new Event(topic, key, JSON.writeValueAsString(Map.of("specversion", "1.0", "id",
                    UUID.randomUUID().toString(), "source", "/workload", "type", type, "time",
                    "2024-06-01T00:00:00Z", "data", data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
