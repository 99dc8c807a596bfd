package vn.tusoi.organization.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tusoi.organization.importing.ImportReport.RowError;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * A whole tree in one request: newline-delimited JSON rows, parsed line by line and imported in chunks, each chunk
 * its own transaction, so that no transaction holds the whole tree. Rows whose parent comes later in the stream are
 * held back and imported once it has arrived. At most {@code units.stream-max-rows} rows per request (a national tree
 * is 347,345), so that the rows held back stay bounded.
 */
@ApplicationScoped
public class UnitStreamImport {

    private final UnitImportService importer;
    private final ObjectMapper objectMapper;
    private final int chunkSize;
    private final int maxRows;

    public UnitStreamImport(UnitImportService importer, ObjectMapper objectMapper,
            @ConfigProperty(name = "units.stream-chunk", defaultValue = "10000") int chunkSize,
            @ConfigProperty(name = "units.stream-max-rows", defaultValue = "1000000") int maxRows) {
        this.importer = importer;
        this.objectMapper = objectMapper;
        this.chunkSize = chunkSize;
        this.maxRows = maxRows;
    }

    public ImportReport importStream(InputStream body) {
        Totals totals = new Totals();
        List<Indexed> chunk = new ArrayList<>(chunkSize);
        List<Indexed> waiting = new ArrayList<>();
        int index = 0;
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    if (++rows > maxRows) {
                        // the rows before were imported chunk by chunk, by code: sending the rest again is safe
                        throw new RuleViolation(413, "body", "at most " + maxRows + " units per request: line "
                                + (index + 1) + " is one too many; the units before it were imported, send the"
                                + " rest in another request");
                    }
                    chunk.add(new Indexed(index, parse(line, index)));
                    if (chunk.size() == chunkSize) {
                        waiting.addAll(importChunk(chunk, totals, false));
                        chunk.clear();
                    }
                }
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waiting.addAll(importChunk(chunk, totals, false));
        // parents that came after their children have arrived by now; repeat while it helps
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            List<Indexed> retry = new ArrayList<>(waiting);
            waiting.clear();
            for (int from = 0; from < retry.size(); from += chunkSize) {
                waiting.addAll(importChunk(retry.subList(from, Math.min(retry.size(), from + chunkSize)), totals,
                        false));
            }
            if (waiting.size() == before) {
                importChunk(waiting, totals, true);
                break;
            }
        }
        totals.errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new ImportReport(totals.created, totals.updated, totals.unchanged, totals.errors, false, true);
    }

    /** Imports the rows; returns those refused only for a parent not yet known, unless this is the last pass. */
    private List<Indexed> importChunk(List<Indexed> rows, Totals totals, boolean lastPass) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UnitImportService.Outcome outcome = importer.apply(rows.stream().map(Indexed::row).toList(), false, false);
        ImportReport report = outcome.report();
        totals.created += report.created();
        totals.updated += report.updated();
        totals.unchanged += report.unchanged();
        List<Indexed> waiting = new ArrayList<>();
        for (ImportRefusal refusal : outcome.refusals()) {
            Indexed row = rows.get(refusal.index());
            if (!lastPass && refusal.reason().waitsForParent()) {
                waiting.add(row);
            } else {
                totals.errors.add(new RowError(row.index(), refusal.code(), refusal.field(), refusal.message()));
            }
        }
        return waiting;
    }

    private UnitImportRow parse(String line, int index) {
        try {
            return objectMapper.readValue(line, UnitImportRow.class);
        } catch (JsonProcessingException e) {
            throw new RuleViolation(400, "unreadable-body", "[" + index + "]",
                    "line " + (index + 1) + " is not a unit as JSON: "
                            + e.getOriginalMessage());
        }
    }

    private record Indexed(int index, UnitImportRow row) {
    }

    private static final class Totals {
        int created;
        int updated;
        int unchanged;
        final List<RowError> errors = new ArrayList<>();
    }
}
