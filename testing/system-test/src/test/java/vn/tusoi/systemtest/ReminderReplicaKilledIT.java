package vn.tusoi.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.MailServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ReplicaWorkload;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.WorkloadEvents;
import vn.tusoi.testsupport.WorkloadPublisher;

/**
 * A replica killed (SIGKILL) while it sends a scheduled run's reminders: no unit gets an e-mail twice. Replica A
 * decides the run (the deadline is tomorrow: 1 day before, every cell that has not held the session, and the
 * district's digest) and sends at a slow pace; it is killed while it holds e-mails it claimed and has not recorded;
 * replica B, started after, sends the rest. The e-mails A held may have left: they end UNCONFIRMED (for an
 * administrator to re-send), never sent again on their own; every other ends SENT; each address received at most
 * one, and each SENT one exactly one.
 */
class ReminderReplicaKilledIT {

    private static final String DISTRICT = "RK";
    private static final String CAMPAIGN = "9-KH/RK";
    private static final int CELLS = 50;

    @Test
    void aReplicaKilledWhileSendingCausesNoSecondEmail() throws Exception {
        Path root = Path.of(System.getProperty("stack.root", "../.."));
        Path logs = root.resolve("testing/system-test/target/system-test-logs/reminder-replica-killed");
        Files.createDirectories(logs);
        try (PostgresServer postgres = PostgresServer.startTemporary();
                KafkaServer kafka = KafkaServer.start();
                MailServer mail = MailServer.start(logs)) {
            WorkloadPublisher.createTopics(kafka.bootstrapServers(), 3);
            ServiceProcess a = replica("replica-a", postgres, kafka, mail, root, logs);
            ServiceProcess b = replica("replica-b", postgres, kafka, mail, root, logs);
            try {
                a.start();
                try (WorkloadPublisher producer = new WorkloadPublisher(kafka.bootstrapServers())) {
                    producer.send(units());
                }
                PGSimpleDataSource database = new PGSimpleDataSource();
                database.setUrl(postgres.jdbcUrl("aggregation"));
                database.setUser(PostgresServer.USER);
                database.setPassword(PostgresServer.PASSWORD);

                // A decides the run and sends; killed while it holds claimed e-mails not yet recorded
                await(Duration.ofMinutes(2), () -> count(database, "SENT") >= 20 && count(database, "SENDING") >= 3);
                a.kill();
                int held = count(database, "SENDING");
                int sentByA = count(database, "SENT");
                assertTrue(held > 0, "A held e-mails when killed");
                b.start();
                await(Duration.ofMinutes(3), () -> count(database, "PENDING") + count(database, "SENDING") == 0);

                Map<String, Integer> statuses = statuses(database);
                System.out.printf("killed holding %d e-mails, after %d sent; then %s%n", held, sentByA, statuses);
                assertEquals(CELLS + 1, statuses.values().stream().mapToInt(Integer::intValue).sum(),
                        "a reminder per cell and the district's digest, each made once");
                assertEquals(held, statuses.getOrDefault("UNCONFIRMED", 0), "what A held is not sent again");
                assertEquals(CELLS + 1 - held, statuses.getOrDefault("SENT", 0));
                List<String> twice = new ArrayList<>();
                int delivered = 0;
                for (Map.Entry<String, String> row : addresses(database).entrySet()) {
                    int received = mail.messagesTo(row.getKey()).size();
                    delivered += received;
                    if (received > 1 || row.getValue().equals("SENT") && received != 1) {
                        twice.add(row.getKey() + " " + row.getValue() + " received " + received);
                    }
                }
                assertEquals(List.of(), twice);
                assertTrue(delivered >= CELLS + 1 - held && delivered <= CELLS + 1, delivered + " delivered");
            } finally {
                a.kill();
                b.kill();
            }
        }
    }

    private static ServiceProcess replica(String name, PostgresServer postgres, KafkaServer kafka, MailServer mail,
            Path root, Path logs) throws Exception {
        Path dir = logs.resolve(name);
        Files.createDirectories(dir);
        return ServiceProcess.onStack("aggregation-service", "aggregation", postgres, kafka, root, dir)
                .configure("session.url", "")
                .configure("quarkus.mailer.host", mail.host())
                .configure("quarkus.mailer.port", String.valueOf(mail.smtpPort()))
                .configure("notices.quiet-hours.start", "00:00").configure("notices.quiet-hours.end", "00:00")
                .configure("notices.schedule.poll-interval", "1s").configure("notices.mail.poll-interval", "1s")
                // slow, in batches of 10 (2 s each): a kill finds e-mails claimed and not yet recorded
                .configure("notices.mail.batch", "10").configure("notices.mail.per-domain-per-second", "5")
                .configure("notices.mail.lease", "PT3S");
    }

    /** A district, its cells (each with an address, all at one domain) and a campaign whose deadline is tomorrow. */
    private static List<ReplicaWorkload.Event> units() {
        List<ReplicaWorkload.Event> events = new ArrayList<>();
        events.add(unit(DISTRICT, "DISTRICT", List.of(), "huyen@rk.example"));
        for (int i = 0; i < CELLS; i++) {
            events.add(unit(DISTRICT + ".C" + i, "CELL", List.of(DISTRICT), "chibo" + i + "@rk.example"));
        }
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        events.add(WorkloadEvents.event("session.campaigns", CAMPAIGN, "vn.tusoi.session.campaign.changed",
                Map.of("code", CAMPAIGN, "issuingUnitCode", DISTRICT, "scopeKinds", List.of("CELL"), "deadline",
                        tomorrow.toString(), "status", "OPEN", "version", 1)));
        return events;
    }

    private static ReplicaWorkload.Event unit(String code, String kind, List<String> ancestors, String address) {
        Map<String, Object> data = new HashMap<>(Map.of("code", code, "name", "Đơn vị " + code, "kind", kind,
                "ancestors", ancestors, "depth", ancestors.size(), "memberCount", 10, "version", 1,
                "notificationEmails", List.of(address), "emailOff", false));
        data.put("parentCode", ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1));
        return WorkloadEvents.event("org.units", code, "vn.tusoi.org.unit.changed", data);
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void await(Duration within, Condition condition) throws Exception {
        Instant end = Instant.now().plus(within);
        while (!condition.met()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + within);
            }
            Thread.sleep(20);
        }
    }

    private static int count(PGSimpleDataSource database, String status) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM notice_mail WHERE status = '" + status
                        + "'")) {
            rows.next();
            return rows.getInt(1);
        } catch (org.postgresql.util.PSQLException notYetMigrated) {
            return 0;
        }
    }

    private static Map<String, Integer> statuses(PGSimpleDataSource database) throws Exception {
        Map<String, Integer> statuses = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT status, count(*) FROM notice_mail GROUP BY status")) {
            while (rows.next()) {
                statuses.put(rows.getString(1), rows.getInt(2));
            }
        }
        return statuses;
    }

    private static Map<String, String> addresses(PGSimpleDataSource database) throws Exception {
        Map<String, String> addresses = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT address, status FROM notice_mail")) {
            while (rows.next()) {
                addresses.put(rows.getString(1), rows.getString(2));
            }
        }
        return addresses;
    }
}
