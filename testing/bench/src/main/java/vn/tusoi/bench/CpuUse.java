package vn.tusoi.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tusoi.testsupport.ServiceProcess;

/**
 * Where a phase's CPU time went: the services, PostgreSQL (its server processes) and this JVM (the clients, and the
 * Kafka broker, which runs in it), beside what the machine's cores had in the same wall time.
 */
final class CpuUse {

    private final List<ServiceProcess> services;
    private final Map<String, Duration> before;
    private final long began = System.nanoTime();

    private CpuUse(List<ServiceProcess> services) {
        this.services = services;
        this.before = used();
    }

    static CpuUse since(ServiceProcess... services) {
        return new CpuUse(List.of(services));
    }

    /** Each process's CPU time since then per item, in milliseconds, their sum, and what the cores had. */
    String perItem(int items) {
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
        services.forEach(service -> used.put(service.name(), service.cpuTime()));
        used.put("PostgreSQL", ProcessHandle.allProcesses()
                .filter(p -> p.info().command().filter(c -> c.endsWith("/postgres")).isPresent())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus));
        used.put("clients and Kafka (this JVM)", ProcessHandle.current().info().totalCpuDuration()
                .orElse(Duration.ZERO));
        return used;
    }
}
