package vn.tusoi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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

    /**
     * Waits until the machine's cores are at most {@code busyShare} busy over two seconds (every process counted, from
     * {@code /proc/stat}), at most {@code longest}; says how long it waited and how busy the cores were at the end.
     */
    static String settle(double busyShare, Duration longest) throws IOException, InterruptedException {
        long began = System.nanoTime();
        double busy;
        do {
            long[] before = jiffies();
            Thread.sleep(2_000);
            long[] after = jiffies();
            busy = 1 - (double) (after[1] - before[1]) / Math.max(1, after[0] - before[0]);
        } while (busy > busyShare && System.nanoTime() - began < longest.toNanos());
        return String.format("%.0f s, the cores %.0f %% busy over the last 2 s", (System.nanoTime() - began) / 1e9,
                busy * 100);
    }

    /** All the cores' jiffies since boot, and the idle ones (idle and waiting for I/O). */
    private static long[] jiffies() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
        long[] fields = Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
        return new long[]{Arrays.stream(fields).sum(), fields[3] + fields[4]};
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
