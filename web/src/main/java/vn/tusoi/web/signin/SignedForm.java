package vn.tusoi.web.signin;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What every POST form of this front end carries: the sign-in's form token (against cross-site forgery) and the
 * form's idempotency key, sent to the services with its writes.
 */
public class SignedForm {

    public static final int MAX_KEY_LENGTH = 100;

    @RestForm(FormToken.FIELD)
    public String csrf;

    @RestForm
    public String key;
}
