package vn.tusoi.platform.rest;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * What a write that lost a race to another one tells its client: the database decided (a row's version had moved
 * on, a unique key was taken, a deadlock), wherever in the request it surfaced, at a flush or at the commit. A 409
 * that names the record, or the field whose value is taken; never a 500.
 */
public final class WriteConflicts {

    /** PostgreSQL's "Key (campaign_id, unit_code)=(7, HT-DT.VKS) already exists." */
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=\\((.*)\\) already exists");
    private static final Pattern UPDATED_TABLE = Pattern.compile("(?i)update\\s+(\\w+)");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private WriteConflicts() {
    }

    /** The problem to answer when this failure, or one of its causes, is a lost race; empty otherwise. */
    public static Optional<Problem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleObjectStateException stale) {
                return Optional.of(changed(recordName(stale.getEntityName()) + " " + stale.getIdentifier()));
            }
            if (cause instanceof StaleStateException stale) {
                Matcher table = UPDATED_TABLE.matcher(String.valueOf(stale.getMessage()));
                return Optional.of(changed(table.find() ? "a " + table.group(1) + " record" : "a record"));
            }
            if (cause instanceof OptimisticLockException lock && lock.getCause() == null) {
                return Optional.of(changed("a record"));
            }
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return Optional.of(taken(violation));
            }
            if (cause instanceof PessimisticLockException || cause instanceof SQLException sql
                    && (DEADLOCK.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return Optional.of(
                        Problem.of("concurrent-change", 409, "another request was changing the same records at the same"
                                + " moment; nothing was written: send it again", null));
            }
        }
        return Optional.empty();
    }

    private static Problem changed(String record) {
        return Problem.of("concurrent-change", 409,
                record + " was changed by another request at the same moment; nothing was written:"
                        + " read it again and resend your change",
                "version");
    }

    private static Problem taken(ConstraintViolationException violation) {
        String detail = violation.getSQLException() == null ? "" : violation.getSQLException().getMessage();
        Matcher key = KEY.matcher(detail);
        if (!key.find()) {
            return Problem.of("duplicate-key", 409,
                    "a record with the same key was written by another request at the same moment"
                            + " (" + violation.getConstraintName() + "); nothing was written",
                    null);
        }
        String[] columns = key.group(1).split(",\\s*");
        if (List.of(columns).contains("version")) {
            // a record's next version, written first by another change of the same record: a lost race, not a
            // duplicate the client sent
            return Problem.of("concurrent-change", 409, "the record (" + key.group(1) + ") = (" + key.group(2)
                    + ") was written first by another request changing the same record at the same moment; nothing"
                    + " was written: read it again and resend your change", "version");
        }
        String field = columns[columns.length - 1];
        for (int i = columns.length - 1; i >= 0; i--) {
            if (!columns[i].endsWith("_id")) {
                field = columns[i];
                break;
            }
        }
        return Problem.of("duplicate-key", 409,
                "a record with " + key.group(1) + " = (" + key.group(2) + ") already exists: another"
                        + " request wrote it first; nothing was written",
                camelCase(field));
    }

    private static String recordName(String entityName) {
        String simple = entityName == null ? "a record" : entityName.substring(entityName.lastIndexOf('.') + 1);
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
