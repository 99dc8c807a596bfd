package vn.tusoi.web.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is signed in, from the ID token. The pages' clients send the services the user's own access token
 * ({@code @AccessToken}), so that every scope rule stays the services' own.
 */
@RequestScoped
@Named("signedIn")
public class SignedInUser {

    private final SecurityIdentity identity;

    public SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** In the authorization-code flow the principal is the ID token. */
    private JsonWebToken idToken() {
        return (JsonWebToken) identity.getPrincipal();
    }

    /** When the access token in the session expires (epoch seconds), as far as the ID token tells. */
    public long expiresAt() {
        return idToken().getExpirationTime();
    }

    /** The unit whose subtree the user may see: {@code viewUnit} when the realm sets one, else {@code unit}. */
    public String viewUnit() {
        String view = idToken().getClaim("viewUnit");
        return view != null && !view.isBlank() ? view : idToken().getClaim("unit");
    }

    /** The member's registry number, for a member's own self-review; null for a user who is not a member. */
    public String memberNumber() {
        String number = idToken().getClaim("member");
        return number == null || number.isBlank() ? null : number;
    }

    /**
     * A member who holds no unit's role: their inbox is their own notices (the grade decided for them), not their
     * cell's.
     */
    public boolean readsOwnNotices() {
        return memberNumber() != null && !has("officer") && !has("secretary") && !has("admin") && !has("viewer");
    }

    /** The user's own unit (a cell secretary's cell, a member's cell). */
    public String unit() {
        return idToken().getClaim("unit");
    }

    /**
     * Whether the user holds a role (from the access token's realm roles): only to choose which buttons a screen
     * offers, the services decide what each may do.
     */
    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** A committee's officer (or the administrator): offered the approvals, verifications and decisions. */
    public boolean reviews() {
        return has("officer") || has("admin");
    }

    /**
     * Whose drafts this browser may offer back ({@code draft.js}): a digest of the ID token's subject, so that a draft
     * is never shown to another user of the same phone; empty when nobody is signed in.
     */
    public String draftOwner() {
        if (!signedIn()) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(idToken().getSubject().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether someone is signed in (the signed-out page and a refusal before sign-in have nobody to name). */
    public boolean signedIn() {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken;
    }

    /** The name the header shows; null when nobody is signed in. */
    public String displayName() {
        if (!signedIn()) {
            return null;
        }
        String name = idToken().getClaim("name");
        return name != null && !name.isBlank() ? name : idToken().getName();
    }
}
