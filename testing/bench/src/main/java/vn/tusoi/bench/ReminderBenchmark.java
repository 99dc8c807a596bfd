package vn.tusoi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.MailServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ReplicaWorkload;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.WorkloadEvents;
import vn.tusoi.testsupport.WorkloadPublisher;

/**
 * The national deadline's reminders: the national tree and a campaign of the Central Committee for every grassroots
 * committee and cell whose deadline is tomorrow, none held yet, given to aggregation-service through its topics. The
 * scheduled run is started through the API and timed; its baseline in the same run is reading the decision's input
 * (every laggard with its name and addresses) with one plain query. Then the e-mails of the units that have an
 * address leave through a real SMTP server, timed from the first to the last, against the pace configured.
 */
public final class ReminderBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String CAMPAIGN = "2-KH/TW";

    public static void main(String[] args) throws Exception {
        int[] a = {34, 15, 20, 33, 2_000, 20, 200, 20};
        for (int i = 0; i < Math.min(args.length, a.length); i++) {
            a[i] = Integer.parseInt(args[i]);
        }
        new ReminderBenchmark().run(new NationalTree(a[0], a[1], a[2], a[3]), a[4], a[5], a[6], a[7]);
    }

    private void run(NationalTree tree, int mailed, int domains, int perSecond, int perDomain) throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "."));
        Path logs = root.resolve("testing/bench/target/reminder-logs");
        Files.createDirectories(logs);
        List<ReplicaWorkload.Event> events = new ArrayList<>();
        Map<String, List<String>> ancestors = new HashMap<>();
        int inScope = 0;
        int withAddress = 0;
        for (Map<String, String> unit : tree.units(true)) {
            String code = unit.get("code");
            String parent = unit.get("parentCode");
            List<String> path = new ArrayList<>(parent == null ? List.of() : ancestors.get(parent));
            if (parent != null) {
                path.add(parent);
            }
            ancestors.put(code, path);
            Map<String, Object> data = new HashMap<>(unit);
            data.put("ancestors", path);
            data.put("version", 1);
            boolean counted = unit.get("kind").equals("GRASSROOTS_COMMITTEE") || unit.get("kind").equals("CELL");
            inScope += counted ? 1 : 0;
            if (unit.get("kind").equals("CELL") && withAddress < mailed) {
                data.put("notificationEmails", List.of("chibo" + withAddress + "@tinh" + (withAddress % domains)
                        + ".example"));
                withAddress++;
            }
            events.add(WorkloadEvents.event("org.units", code, "vn.tusoi.org.unit.changed", data));
        }
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        events.add(WorkloadEvents.event("session.campaigns", CAMPAIGN, "vn.tusoi.session.campaign.changed", Map.of(
                "code", CAMPAIGN, "issuingUnitCode", NationalTree.CENTRAL, "scopeKinds",
                List.of("GRASSROOTS_COMMITTEE", "CELL"), "deadline", tomorrow.toString(), "status", "OPEN",
                "version", 1)));
        List<String[]> table = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.startTemporary();
                KafkaServer kafka = KafkaServer.start();
                MailServer mail = MailServer.start(logs)) {
            WorkloadPublisher.createTopics(kafka.bootstrapServers(), 3);
            try (ServiceProcess aggregation = ServiceProcess.onStack("aggregation-service", "aggregation", postgres,
                    kafka, root, logs).configure("session.url", "").configure("quarkus.mailer.host", mail.host())
                    .configure("quarkus.mailer.port", String.valueOf(mail.smtpPort()))
                    .configure("notices.schedule.poll-interval", "off")
                    .configure("notices.quiet-hours.start", "00:00").configure("notices.quiet-hours.end", "00:00")
                    .configure("notices.mail.per-second", String.valueOf(perSecond))
                    .configure("notices.mail.per-domain-per-second", String.valueOf(perDomain))
                    .configure("notices.mail.batch", "500").configure("notices.mail.poll-interval", "1s")
                    .heap("2g")) {
                aggregation.start();
                System.out.printf("publishing %,d units and the campaign%n", events.size() - 1);
                long published = System.nanoTime();
                try (WorkloadPublisher publisher = new WorkloadPublisher(kafka.bootstrapServers())) {
                    publisher.send(events);
                }
                String progress = aggregation.baseUrl() + "/api/v1/campaigns/2-KH%2FTW/progress/"
                        + NationalTree.CENTRAL;
                awaitExpected(progress, inScope);
                System.out.printf("the roll-up counts %,d units to hold it (%.0f s)%n", inScope,
                        (System.nanoTime() - published) / 1e9);
                String database = postgres.jdbcUrl("aggregation");
                double baseline = readDecisionInput(database);
                long started = System.nanoTime();
                JsonNode runs = JSON.readTree(post(aggregation.baseUrl() + "/api/v1/notices/runs"));
                double wall = (System.nanoTime() - started) / 1e9;
                JsonNode run = runs.path("campaigns").path(0);
                table.add(new String[]{"baseline: the decision's input read (every laggard, name, addresses), one"
                        + " query", String.format("%,d", inScope), String.format("%.1f", baseline), ""});
                table.add(new String[]{"scheduled run: reminders and digests decided and recorded (notices, e-mails,"
                        + " topic records, marks), set-based",
                        String.format("%,d + %,d digests",
                                run.path("reminded").asInt(), run.path("digests").asInt()),
                        String.format("%.1f", run.path("millis").asLong() / 1000.0),
                        String.format("API call %.1f s", wall)});
                double[] sending = awaitSent(database, withAddress);
                table.add(new String[]{"e-mails sent through SMTP (" + domains + " domains), first to last",
                        String.format("%,d", withAddress), String.format("%.1f", sending[0]),
                        String.format("%.0f/s; configured %d/s, %d/s per domain", sending[1], perSecond, perDomain)});
                System.out.printf("GreenMail holds %d messages for chibo0@tinh0.example%n",
                        mail.messagesTo("chibo0@tinh0.example").size());
            }
        }
        System.out.printf("%n%,d units in the tree; a run decided from the live roll-up; baseline in the same run%n%n",
                tree.size() + 1);
        System.out.println("| what | units | seconds | note |");
        System.out.println("|---|---:|---:|---|");
        for (String[] row : table) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    private static void awaitExpected(String progressUrl, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(progressUrl))
                    .header("Authorization", "Bearer " + TestTokens.admin()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                long counted = 0;
                for (JsonNode kind : JSON.readTree(response.body()).path("byKind")) {
                    counted += kind.path("expected").asLong();
                }
                if (counted == expected) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the roll-up never counted " + expected + " units");
    }

    /** Seconds to read every laggard of the campaign with its name and addresses. */
    private static double readDecisionInput(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database, PostgresServer.USER,
                PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT c.unit_code, u.name, u.parent_code, u.notification_emails FROM contribution c"
                                + " JOIN unit_node u ON u.code = c.unit_code WHERE c.campaign_code = ? AND c.in_scope"
                                + " AND NOT c.held")) {
            statement.setString(1, CAMPAIGN);
            statement.setFetchSize(10_000);
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows += result.getString(2).length() > 0 ? 1 : 0;
                }
            }
            System.out.printf("read %,d laggards%n", rows);
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** Seconds from the first e-mail sent to the last, and the rate. */
    private static double[] awaitSent(String database, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        try (Connection connection = DriverManager.getConnection(database, PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet result = connection.createStatement().executeQuery("SELECT count(*),"
                        + " extract(epoch FROM max(sent_at) - min(sent_at)) FROM notice_mail WHERE status = 'SENT'")) {
                    result.next();
                    if (result.getLong(1) >= expected) {
                        double seconds = result.getDouble(2);
                        return new double[]{seconds, expected / Math.max(seconds, 0.001)};
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("not every e-mail was sent in 30 minutes");
    }

    private static String post(String url) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
