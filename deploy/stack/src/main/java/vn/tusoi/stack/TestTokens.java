package vn.tusoi.stack;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens shaped like the realm's (roles under realm_access, the unit in a claim) with a key made for
 * this JVM; the services under test verify them with {@link #publicKey()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tusoi.test/realms/tusoi";
    public static final String AUDIENCE = "tusoi-api";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key, base64 DER, as {@code quarkus.oidc.public-key} takes it. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The OIDC settings a service needs to accept these tokens. */
    public static Map<String, String> oidcConfig() {
        return Map.of(
                // an empty server URL turns discovery off: tokens are checked against the key alone
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    public static String token(String user, String unit, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("unit", unit);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEYS.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    public static String admin() {
        return token("admin", "VN", "admin");
    }
}
