package vn.tusoi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.UUID;

import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A write that lost a race, however deep its cause, is a 409 naming what it lost on; anything else is not. */
class WriteConflictsTest {

    @Test
    void aStaleRowNamesTheRecordAndTheVersion() {
        UUID id = UUID.randomUUID();
        RuntimeException atCommit = new RuntimeException("commit failed",
                new StaleObjectStateException("vn.tusoi.session.ReviewSession", id));
        Problem problem = WriteConflicts.of(atCommit).orElseThrow();
        assertEquals(409, problem.status());
        assertEquals("urn:tusoi:problem:concurrent-change", problem.type());
        assertEquals("version", problem.field());
        assertTrue(problem.detail().startsWith("review session " + id + " was changed"), problem.detail());
    }

    @Test
    void aTakenKeyNamesTheFieldFromItsColumn() {
        Problem problem = WriteConflicts.of(keyTaken("review_session_campaign_unit", "campaign_id, unit_code",
                "7, HT-DT.VKS")).orElseThrow();
        assertEquals("urn:tusoi:problem:duplicate-key", problem.type());
        assertEquals("unitCode", problem.field());
        assertTrue(problem.detail().contains("(7, HT-DT.VKS)"), problem.detail());
    }

    @Test
    void aRecordsNextVersionTakenIsAConcurrentChangeNotADuplicate() {
        Problem problem = WriteConflicts.of(keyTaken("unit_version_pkey", "code, version", "MV.G.1, 21"))
                .orElseThrow();
        assertEquals(409, problem.status());
        assertEquals("urn:tusoi:problem:concurrent-change", problem.type());
        assertEquals("version", problem.field());
        assertTrue(problem.detail().startsWith("the record (code, version) = (MV.G.1, 21) was written first by another"
                + " request"), problem.detail());
    }

    @Test
    void aDeadlockAsksForTheRequestAgain() {
        Problem problem = WriteConflicts.of(new RuntimeException(new SQLException("deadlock detected", "40P01")))
                .orElseThrow();
        assertEquals("urn:tusoi:problem:concurrent-change", problem.type());
        assertTrue(problem.detail().endsWith("send it again"), problem.detail());
    }

    @Test
    void otherFailuresAreNotRaces() {
        assertTrue(WriteConflicts.of(new IllegalStateException("a bug")).isEmpty());
        assertTrue(WriteConflicts.of(new RuntimeException(new SQLException("syntax error", "42601"))).isEmpty());
    }

    /** What Hibernate throws when PostgreSQL refuses an insert whose key is taken. */
    private static ConstraintViolationException keyTaken(String constraint, String columns, String values) {
        SQLException unique = new SQLException("ERROR: duplicate key value violates unique constraint \"" + constraint
                + "\"\n  Detail: Key (" + columns + ")=(" + values + ") already exists.", "23505");
        return new ConstraintViolationException("could not execute statement", unique, constraint);
    }
}
