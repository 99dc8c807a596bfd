package vn.tusoi.organization.importing;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the rows of the imports that were applied, by kind (units, members) and outcome (created, updated, moved,
 * unchanged, refused), in {@code tusoi_import_rows_total}: an import's rate of rows per second is its rate.
 */
@ApplicationScoped
public class ImportMeter {

    private final MeterRegistry registry;

    public ImportMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts an import's rows once it was applied (a dry run, or an atomic batch refused, writes nothing). */
    public <R> R counted(String kind, boolean applied, Map<String, Integer> outcomes, R report) {
        if (applied) {
            outcomes.forEach((outcome, rows) -> Counter.builder("tusoi.import.rows")
                    .description("Rows of applied bulk imports, by kind and outcome").tag("kind", kind)
                    .tag("outcome", outcome).register(registry).increment(rows));
        }
        return report;
    }
}
