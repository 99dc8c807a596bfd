package vn.tusoi.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token every POST form of this front end carries against cross-site request forgery: an HMAC of the user and
 * their Keycloak session, so it is the same on every page of one sign-in, changes with the next, and cannot be made
 * without this server's secret. Templates write it as {@code {inject:csrf.token}} in a field named
 * {@code {inject:csrf.parameterName}}; each form's resource checks it with {@link #require}.
 */
@Named("csrf")
@RequestScoped
public class FormToken {

    public static final String FIELD = "csrf-token";

    private final SecurityIdentity identity;
    private final String secret;

    public FormToken(SecurityIdentity identity, @ConfigProperty(name = "web.form-token-secret") String secret) {
        this.identity = identity;
        this.secret = secret;
    }

    public String getParameterName() {
        return FIELD;
    }

    public String getToken() {
        JsonWebToken idToken = (JsonWebToken) identity.getPrincipal();
        String session = idToken.getClaim("sid");
        return hmac(idToken.getSubject() + "\n" + (session == null ? "" : session));
    }

    /** Refuses a form without this sign-in's token (403) or without its idempotency key (400). */
    public void require(SignedForm form) {
        require(form.csrf);
        if (form.key == null || form.key.isBlank() || form.key.length() > SignedForm.MAX_KEY_LENGTH) {
            throw new WebApplicationException(400);
        }
    }

    /** Refuses a form without this sign-in's token (403). */
    public void require(String sent) {
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                getToken().getBytes(StandardCharsets.UTF_8))) {
            throw new WebApplicationException(403);
        }
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
