package vn.tusoi.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
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
                "quarkus.oidc.token.audience", AUDIENCE,
                // nor is there an identity provider to read the members' addresses from (aggregation-service)
                "notices.member-directory.enabled", "false");
    }

    public static String token(String user, String unit, String... roles) {
        return sign(claims(user, unit, roles));
    }

    /** A token like {@link #token} that expires after the given seconds. */
    public static String expiringIn(int seconds, String user, String unit, String... roles) {
        JwtClaims claims = claims(user, unit, roles);
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + seconds));
        return sign(claims);
    }

    /** A member's token: the member role, their cell as unit and their registry number in the {@code member} claim. */
    public static String member(String registryNo, String cell) {
        JwtClaims claims = claims(registryNo, cell, "member");
        claims.setClaim("member", registryNo);
        return sign(claims);
    }

    /** A token whose view scope ({@code viewUnit}) is wider than where it writes ({@code unit}). */
    public static String viewing(String user, String unit, String viewUnit, String... roles) {
        JwtClaims claims = claims(user, unit, roles);
        claims.setClaim("viewUnit", viewUnit);
        return sign(claims);
    }

    /** Tokens a service must refuse with 401: expired, for another audience, from another issuer, altered, unsigned. */
    public static Map<String, String> refused() {
        JwtClaims expired = claims("admin", "VN", "admin");
        expired.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 7200));
        expired.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));
        JwtClaims otherAudience = claims("admin", "VN", "admin");
        otherAudience.setAudience("another-api");
        JwtClaims otherIssuer = claims("admin", "VN", "admin");
        otherIssuer.setIssuer("https://elsewhere.test/realms/tusoi");
        String[] parts = token("viewer", "T", "viewer").split("\\.");
        String elevated = Base64.getUrlEncoder().withoutPadding().encodeToString(claims("viewer", "VN", "admin")
                .toJson().getBytes(StandardCharsets.UTF_8));
        return Map.of(
                "expired", sign(expired),
                "wrong audience", sign(otherAudience),
                "wrong issuer", sign(otherIssuer),
                "payload altered to admin", parts[0] + "." + elevated + "." + parts[2],
                "signed with another key", sign(claims("admin", "VN", "admin"), generate()),
                "unsigned (alg none)", unsigned(claims("admin", "VN", "admin")),
                "not a token", "not-a-token");
    }

    private static JwtClaims claims(String user, String unit, String... roles) {
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
        return claims;
    }

    private static String sign(JwtClaims claims) {
        return sign(claims, KEYS);
    }

    private static String sign(JwtClaims claims, KeyPair keys) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    private static String unsigned(JwtClaims claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    public static String admin() {
        return token("admin", "VN", "admin");
    }
}
