package vn.tusoi.organization.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tusoi.organization.unit.Access;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.OrgUnitRepository;
import vn.tusoi.organization.unit.UnitFactory;
import vn.tusoi.organization.unit.UnitHistory;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Bulk upsert of units, idempotent by code: the rows' {@link ImportPlan}, then its writes. A refused row is reported
 * and skipped (with its descendants in the batch) unless the batch is atomic, in which case nothing is saved.
 */
@ApplicationScoped
@Transactional
public class UnitImportService {

    public static final int MAX_ROWS = 100_000;

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final UnitFactory factory;
    private final Access access;

    public UnitImportService(OrgUnitRepository units, UnitHistory history, UnitFactory factory, Access access) {
        this.access = access;
        this.units = units;
        this.history = history;
        this.factory = factory;
    }

    public ImportReport importUnits(List<UnitImportRow> rows, boolean dryRun, boolean atomic) {
        return apply(rows, dryRun, atomic).report();
    }

    /** The import, with each refusal's reason (for the stream import, which retries rows waiting for a parent). */
    public Outcome apply(List<UnitImportRow> rows, boolean dryRun, boolean atomic) {
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation(413, "body", "at most " + MAX_ROWS + " units per import, got " + rows.size());
        }
        ImportPlan plan = ImportPlan.of(rows, units::findByCodes, units::hasChildren);
        if (!access.caller().isAdmin()) {
            int outside = plan.firstOutsideScope(access::captures);
            if (outside >= 0) {
                throw new RuleViolation(403, "out-of-scope", "[" + outside + "].parentCode", "unit "
                        + rows.get(outside).code() + " would lie outside the units you may write");
            }
        }
        write(plan);
        boolean refused = atomic && !plan.refusals().isEmpty();
        if (dryRun || refused) {
            QuarkusTransaction.setRollbackOnly();
        }
        List<ImportReport.RowError> errors = plan.refusals().stream().map(ImportRefusal::asRowError).toList();
        return new Outcome(new ImportReport((int) plan.created(), (int) plan.updated(), plan.unchanged(), errors,
                dryRun, !dryRun && !refused), plan.refusals());
    }

    /** The plan's writes: the changes in its order, the new units together, each listed after its parent. */
    private void write(ImportPlan plan) {
        Map<String, OrgUnit> created = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        for (ImportStep step : plan.steps()) {
            if (step instanceof ImportStep.Create create) {
                OrgUnit parent = create.parentCode() == null
                        ? null
                        : created.getOrDefault(create.parentCode(), plan.existing(create.parentCode()));
                OrgUnit unit = factory.draft(create.code(), create.name(), create.kind(), parent,
                        create.validFrom() == null ? today : create.validFrom(), create.notificationEmails());
                created.put(create.code(), unit);
            } else if (step instanceof ImportStep.Update update) {
                OrgUnit unit = update.unit();
                unit.rename(update.name());
                unit.kind = update.kind();
                if (update.notificationEmails() != null) {
                    unit.notificationEmails = update.notificationEmails();
                }
                unit.version++;
                history.changed(unit, today);
            }
        }
        factory.establishAll(List.copyOf(created.values()));
    }

    /** What an import did, and why each refused row was refused. */
    public record Outcome(ImportReport report, List<ImportRefusal> refusals) {
    }
}
