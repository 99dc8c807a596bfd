package vn.tusoi.session.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.campaign.Campaign;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.UnitDirectory;
import vn.tusoi.session.session.ImportReport.RowError;

/**
 * A provincial system's bulk report: up to {@value #MAX_IMPORT_ROWS} sessions of a campaign upserted by unit in one
 * transaction; a bad row is reported and the good ones saved, a row outside the caller's units refuses it all.
 */
@ApplicationScoped
@Transactional
public class SessionImport {

    public static final int MAX_IMPORT_ROWS = 10_000;

    private final SessionRepository sessions;
    private final SessionReports reports;
    private final UnitDirectory units;
    private final Access access;
    private final Validator validator;

    public SessionImport(SessionRepository sessions, SessionReports reports, UnitDirectory units, Access access,
            Validator validator) {
        this.sessions = sessions;
        this.reports = reports;
        this.units = units;
        this.access = access;
        this.validator = validator;
    }

    /**
     * Bulk upsert by (campaign, unit); bad rows are reported, good ones saved (unless dryRun). In this order, so that
     * no work is done for a caller who may not report these units: each row's shape; the caller's scope over the units
     * this service knows; one request to organization-service about the others; the scope over those; then the
     * writes, only for units known and in scope when the scope was checked.
     */
    public ImportReport importSessions(String campaignCode, List<SessionReport> rows, boolean dryRun) {
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_IMPORT_ROWS + " sessions per import, got "
                    + rows.size());
        }
        Campaign campaign = reports.openCampaign(campaignCode);
        List<RowError> errors = new ArrayList<>();
        Map<Integer, SessionReport> valid = wellFormed(rows, errors);
        // one row outside the caller's units refuses the whole import: nothing is written, nobody else is asked
        Set<String> known = units.known(valid.values().stream().map(SessionReport::unitCode).toList());
        valid.forEach((i, row) -> {
            if (known.contains(row.unitCode())) {
                access.requireCaptures(row.unitCode(), "[" + i + "].unitCode");
            }
        });
        List<String> unknown = valid.values().stream().map(SessionReport::unitCode).filter(c -> !known.contains(c))
                .toList();
        if (!unknown.isEmpty()) {
            units.learn(unknown, "unitCode");
            Set<String> learnt = units.known(unknown);
            for (var entry : List.copyOf(valid.entrySet())) {
                String unitCode = entry.getValue().unitCode();
                String field = "[" + entry.getKey() + "].unitCode";
                if (learnt.contains(unitCode)) {
                    access.requireCaptures(unitCode, field);
                } else if (!known.contains(unitCode)) {
                    // a unit nobody has: for a national caller a bad row, for any other the same as one outside
                    RuleViolation refusal = units.unknown(unitCode, field);
                    if (refusal.status() == 403) {
                        throw refusal;
                    }
                    errors.add(new RowError(entry.getKey(), unitCode, "unitCode", refusal.getMessage()));
                    valid.remove(entry.getKey());
                }
            }
        }
        // the sessions the rows may update, read at once: a query per row would flush the growing batch each time
        Map<String, ReviewSession> existingByUnit = sessions.ofUnits(campaign, valid.values().stream()
                .map(SessionReport::unitCode).toList());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var entry : valid.entrySet()) {
            SessionReport row = entry.getValue();
            try {
                reports.check(campaign, row);
                ReviewSession existing = existingByUnit.get(row.unitCode());
                if (existing == null) {
                    reports.create(campaign, row);
                    created++;
                } else if (reports.sameAs(existing, row)) {
                    unchanged++;
                } else {
                    reports.update(existing, row);
                    updated++;
                }
            } catch (RuleViolation e) {
                errors.add(new RowError(entry.getKey(), row.unitCode(), e.field(), e.getMessage()));
            }
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        errors.sort(Comparator.comparingInt(RowError::index));
        return new ImportReport(created, updated, unchanged, errors, dryRun, !dryRun);
    }

    /** The rows that are well formed and not repeated, by index, before any unit is looked at; the others reported. */
    private Map<Integer, SessionReport> wellFormed(List<SessionReport> rows, List<RowError> errors) {
        Map<Integer, SessionReport> valid = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SessionReport row = rows.get(i);
            try {
                validate(row);
                if (!seen.add(row.unitCode())) {
                    throw new RuleViolation(422, "row-repeated", "unitCode",
                            "unit " + row.unitCode() + " appears twice in the batch");
                }
                valid.put(i, row);
            } catch (RuleViolation e) {
                errors.add(new RowError(i, row == null ? null : row.unitCode(), e.field(), e.getMessage()));
            }
        }
        return valid;
    }

    private void validate(SessionReport row) {
        if (row == null) {
            throw new RuleViolation(400, "row", "must be an object");
        }
        for (ConstraintViolation<SessionReport> violation : validator.validate(row)) {
            throw new RuleViolation(400, violation.getPropertyPath().toString(), violation.getMessage());
        }
    }
}
