package vn.tusoi.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write whose response carries words that are kept nowhere but in their own record (a member's self-review).
 * Sent with an {@code Idempotency-Key}, it keeps the status, the {@code Location} and the request's hash, never the
 * response: a retry with the key gets the status again with an empty body (and {@code Idempotency-Replayed: true}),
 * and reads the record to see it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseNotKept {
}
