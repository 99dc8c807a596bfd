package vn.tusoi.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics deploy/monitoring/alerts.yml reads from a service (its alerts name the services in the annotation
 * {@code services}), and those a scrape of the running service lacks: an alert on a metric no service exposes
 * would never fire.
 */
public final class AlertedMetrics {

    private static final Pattern METRIC = Pattern.compile("\\b((?:tusoi|kafka|http)_[a-z_]+)\\b");

    private AlertedMetrics() {
    }

    /** The metric names the alerts of {@code service} read in their expressions. */
    public static Set<String> of(Path root, String service) throws IOException {
        Set<String> metrics = new TreeSet<>();
        String rules = Files.readString(root.resolve("deploy/monitoring/alerts.yml"));
        for (String alert : rules.split("\n\\s*- alert: ")) {
            Matcher services = Pattern.compile("\n\\s*services: (.*)").matcher(alert);
            if (!services.find() || !List.of(services.group(1).trim().split(" ")).contains(service)) {
                continue;
            }
            // the expression: from "expr:" to the next key of the rule
            Matcher expr = Pattern.compile("\n\\s*expr:(.*?)\n\\s*(?:for|labels):", Pattern.DOTALL).matcher(alert);
            if (expr.find()) {
                Matcher metric = METRIC.matcher(expr.group(1));
                while (metric.find()) {
                    metrics.add(metric.group(1));
                }
            }
        }
        return metrics;
    }

    /** Of the metrics the service's alerts read, those the scrape does not show. */
    public static Set<String> missing(Path root, String service, String scrape) throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String metric : of(root, service)) {
            if (scrape.lines().noneMatch(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                missing.add(metric);
            }
        }
        return missing;
    }
}
