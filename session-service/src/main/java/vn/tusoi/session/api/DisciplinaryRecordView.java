package vn.tusoi.session.api;

import java.time.LocalDate;
import java.util.UUID;

import vn.tusoi.platform.concurrency.Versioned;

/** A disciplinary decision against a unit (no registry number) or a member of it, for a year. */
public record DisciplinaryRecordView(UUID id, String unitCode, String registryNo, int year, String decisionReference,
        LocalDate decidedOn, long version) implements Versioned {
}
