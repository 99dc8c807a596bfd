package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.rest.RuleViolation;

/**
 * Where a unit's notices are e-mailed, set by the officers of the unit or above it (a secretary for their cell):
 * a new version of the unit, recorded and published like any change.
 */
@ApplicationScoped
@Transactional
public class NotificationSettings {

    private final OrgUnitRepository units;
    private final UnitHistory history;
    private final Access access;
    private final Preconditions preconditions;

    public NotificationSettings(OrgUnitRepository units, UnitHistory history, Access access,
            Preconditions preconditions) {
        this.units = units;
        this.history = history;
        this.access = access;
        this.preconditions = preconditions;
    }

    public OrgUnit set(String code, List<String> emails, boolean emailOff) {
        String problem = NotificationAddresses.problem(emails);
        if (problem != null) {
            throw new RuleViolation(400, "notification-address-invalid", "emails", problem);
        }
        OrgUnit unit = units.findByCode(code).orElseThrow(
                () -> access.caller().unknownUnit(code, "code", "write", RuleViolation.notFound("unit", code)));
        access.requireCaptures(unit, "code");
        if (unit.validTo != null) {
            throw new RuleViolation(422, "unit-dissolved", "code", "unit " + code + " was dissolved on "
                    + unit.validTo);
        }
        preconditions.require("unit " + code, unit.version);
        // the response names the parent after this transaction has closed
        Hibernate.initialize(unit.parent);
        List<String> kept = NotificationAddresses.normalized(emails);
        if (!kept.equals(unit.notificationEmails) || unit.emailOff != emailOff) {
            unit.notificationEmails = kept;
            unit.emailOff = emailOff;
            unit.version++;
            history.changed(unit, LocalDate.now());
        }
        return unit;
    }
}
