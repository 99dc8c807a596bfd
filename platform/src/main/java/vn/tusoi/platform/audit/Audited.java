package vn.tusoi.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every insert, update and delete goes to the audit log, with who made it and its state before
 * and after ({@link AuditTrail}). Records kept from other services' events are not marked: their owner audits them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** A field whose value never enters the audit log (a member's own words): the log says only that it changed. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Redacted {
    }
}
