package vn.tusoi.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest body an endpoint takes, in megabytes, where it takes more than {@code body-limits.default} (a bulk
 * import). Beyond it the request is refused with 413 before the body is read ({@link BodyLimitFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    int megabytes();
}
