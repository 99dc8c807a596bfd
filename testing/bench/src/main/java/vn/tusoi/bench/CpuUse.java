package vn.tusoi.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.tusoi.testsupport.ServiceProcess;

/**
 * Where a phase's CPU time went: the three services, PostgreSQL (its server processes) and this JVM (the clients,
 * and the Kafka broker, which runs in it), beside what the machine's cores had in the same wall time.
 */
final class CpuUse {

    private final ServiceProcess organization;
    private final ServiceProcess session;
    private final ServiceProcess aggregation;
    private final Map<String, Duration> before;
    private final long began = System.nanoTime();

    private CpuUse(ServiceProcess organization, ServiceProcess session, ServiceProcess aggregation) {
        this.organization = organization;
        this.session = session;
        this.aggregation = aggregation;
        this.before = used();
    }

    static CpuUse since(ServiceProcess organization, ServiceProcess session, ServiceProcess aggregation) {
        return new CpuUse(organization, session, aggregation);
    }

    /** Each process's CPU time since then per item, in milliseconds, their sum, and what the cores had. */
    String perSession(int items) {
        Map<String, Duration> after = used();
        int cores = Runtime.getRuntime().availableProcessors();
        double available = (System.nanoTime() - began) / 1e6 * cores / items;
        StringBuilder shares = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Duration> process : after.entrySet()) {
            double each = process.getValue().minus(before.get(process.getKey())).toNanos() / 1e6 / items;
            total += each;
            shares.append(String.format("%s %.2f, ", process.getKey(), each));
        }
        return String.format("%sin all %.2f of the %.2f the machine's %d cores had", shares, total, available, cores);
    }

    private Map<String, Duration> used() {
        Map<String, Duration> used = new LinkedHashMap<>();
        used.put("session-service", session.cpuTime());
        used.put("aggregation-service", aggregation.cpuTime());
        used.put("organization-service", organization.cpuTime());
        used.put("PostgreSQL", ProcessHandle.allProcesses()
                .filter(p -> p.info().command().filter(c -> c.endsWith("/postgres")).isPresent())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus));
        used.put("clients and Kafka (this JVM)", ProcessHandle.current().info().totalCpuDuration()
                .orElse(Duration.ZERO));
        return used;
    }
}
