package vn.tusoi.session.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /** Bulk upsert by (campaign, unit); bad rows are reported, good ones saved (unless dryRun). */
    public ImportReport importSessions(String campaignCode, List<SessionReport> rows, boolean dryRun) {
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_IMPORT_ROWS + " sessions per import, got "
                    + rows.size());
        }
        Campaign campaign = reports.openCampaign(campaignCode);
        units.learn(rows.stream().filter(Objects::nonNull).map(SessionReport::unitCode).toList(), "unitCode");
        // one row outside the caller's units refuses the whole import: nothing is written
        for (int i = 0; i < rows.size(); i++) {
            SessionReport row = rows.get(i);
            if (row != null && row.unitCode() != null) {
                access.requireCapturesKnown(row.unitCode(), "[" + i + "].unitCode");
            }
        }
        // the sessions the rows may update, read at once: a query per row would flush the growing batch each time
        Map<String, ReviewSession> existingByUnit = sessions.ofUnits(campaign, rows.stream().filter(Objects::nonNull)
                .map(SessionReport::unitCode).filter(Objects::nonNull).distinct().toList());
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            SessionReport row = rows.get(i);
            String unitCode = row == null ? null : row.unitCode();
            try {
                validate(row);
                if (!seen.add(row.unitCode())) {
                    throw new RuleViolation(422, "row-repeated", "unitCode",
                            "unit " + unitCode + " appears twice in the batch");
                }
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
                errors.add(new RowError(i, unitCode, e.field(), e.getMessage()));
            }
        }
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new ImportReport(created, updated, unchanged, errors, dryRun, !dryRun);
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
