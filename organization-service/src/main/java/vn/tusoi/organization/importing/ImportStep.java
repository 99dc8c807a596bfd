package vn.tusoi.organization.importing;

import java.time.LocalDate;
import java.util.List;

import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitKind;

/** One write of an {@link ImportPlan}, in the order they are made (a parent before its children). */
public sealed interface ImportStep {

    int index();

    /** A new unit; its parent is an existing unit or one created by an earlier step (or none: a root). */
    record Create(int index, String code, String name, UnitKind kind, String parentCode, LocalDate validFrom,
            List<String> notificationEmails)
            implements
                ImportStep {
    }

    /**
     * An existing unit renamed, given another kind or other notification addresses (null: kept), under the same
     * parent.
     */
    record Update(int index, OrgUnit unit, String name, UnitKind kind, List<String> notificationEmails)
            implements
                ImportStep {
    }
}
