package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/monitoring: the alert rules are valid and each fires when it should (promtool, Debian's prometheus
 * package, installed by deploy/monitoring/install-promtool when missing); the dashboard reads the suite's metrics.
 * That the running services expose what the rules read is checked where they run (ReplicasAndFaultsIT).
 */
class AlertRulesTest {

    static final Path MONITORING = RenderedTree.ROOT.resolve("deploy/monitoring");

    @BeforeAll
    static void promtool() throws Exception {
        Run install = run(List.of("bash", MONITORING.resolve("install-promtool").toString()));
        assertEquals(0, install.exit(), install.output());
    }

    @Test
    void theRulesAreValid() throws Exception {
        Run check = run(List.of("promtool", "check", "rules", "alerts.yml"));
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("SUCCESS: 7 rules found"), check.output());
    }

    @Test
    void eachAlertFiresOnWhatShouldRaiseItAndOnlyThen() throws Exception {
        Run test = run(List.of("promtool", "test", "rules", "alerts-test.yml"));
        assertEquals(0, test.exit(), test.output());
        assertTrue(test.output().contains("SUCCESS"), test.output());
    }

    @Test
    void everyAlertHasATestAndEveryTestAnAlert() throws Exception {
        assertEquals(names("alerts.yml", "- alert: (\\w+)"), names("alerts-test.yml", "alertname: (\\w+)"));
    }

    @Test
    void theDashboardReadsOnlyTheSuitesMetrics() throws Exception {
        JsonNode dashboard = RenderedTree.JSON.readTree(MONITORING.resolve("dashboard.json").toFile());
        Set<String> metrics = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> {
            Matcher metric = Pattern.compile("\\b([a-z]+_[a-z_]+)\\b").matcher(target.path("expr").asText());
            while (metric.find()) {
                metrics.add(metric.group(1));
            }
        }));
        assertTrue(metrics.size() > 10, metrics.toString());
        for (String metric : metrics) {
            assertTrue(metric.startsWith("tusoi_") || metric.startsWith("http_server_requests_seconds")
                    || metric.equals("cache_gets_total") || metric.equals("cache_size")
                    || metric.equals("kafka_consumer_fetch_manager_records_lag_max")
                    || metric.equals("histogram_quantile"), metric);
        }
    }

    private static Set<String> names(String file, String pattern) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile(pattern).matcher(java.nio.file.Files.readString(MONITORING.resolve(file)));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
