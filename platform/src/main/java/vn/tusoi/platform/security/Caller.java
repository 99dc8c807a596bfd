package vn.tusoi.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * Who is calling, from their token: name, realm roles, and two subtrees of the hierarchy. The {@code unit} claim is
 * the capture scope (where the caller writes); the {@code viewUnit} claim, when present, is the view scope (what
 * the caller reads), else the capture scope. The {@code member} claim names a member's own registry number. A
 * national administrator ({@code admin}) captures and views everything.
 */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";
    public static final String VIEW_UNIT_CLAIM = "viewUnit";
    public static final String MEMBER_CLAIM = "member";

    private final String name;
    private final Set<String> roles;
    private final String captureRoot;
    private final String viewRoot;
    private final String memberNumber;
    private final Instant tokenExpiresAt;

    @Inject
    public Caller(SecurityIdentity identity, JsonWebToken token) {
        boolean anonymous = identity.isAnonymous();
        this.roles = anonymous ? Set.of() : Set.copyOf(identity.getRoles());
        this.name = anonymous ? "anonymous" : nameOf(token);
        this.captureRoot = anonymous ? null : claim(token, UNIT_CLAIM);
        String view = anonymous ? null : claim(token, VIEW_UNIT_CLAIM);
        this.viewRoot = view != null ? view : captureRoot;
        this.memberNumber = anonymous ? null : claim(token, MEMBER_CLAIM);
        this.tokenExpiresAt = anonymous || token.getExpirationTime() == 0
                ? null
                : Instant.ofEpochSecond(token.getExpirationTime());
    }

    private static String nameOf(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getSubject();
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }

    public String name() {
        return name;
    }

    /** When the token this request came with expires: what a long-lived answer (a stream) may not outlive. */
    public Optional<Instant> tokenExpiresAt() {
        return Optional.ofNullable(tokenExpiresAt);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** The root of what the caller may read, empty for an administrator (everything). */
    public Optional<String> viewRoot() {
        return isAdmin() ? Optional.empty() : Optional.of(viewRoot == null ? "" : viewRoot);
    }

    public Optional<String> memberNumber() {
        return Optional.ofNullable(memberNumber);
    }

    /** True when the unit (with its ancestors' codes) lies in the caller's view or capture subtree. */
    public boolean sees(String unitCode, Collection<String> ancestors) {
        return isAdmin() || within(viewRoot, unitCode, ancestors) || within(captureRoot, unitCode, ancestors);
    }

    /** True when the unit lies in the caller's capture subtree. */
    public boolean captures(String unitCode, Collection<String> ancestors) {
        return isAdmin() || within(captureRoot, unitCode, ancestors);
    }

    /** True when the caller's capture unit is strictly above the unit: the superior that reviews its records. */
    public boolean supervises(Collection<String> ancestors) {
        return isAdmin() || captureRoot != null && ancestors.contains(captureRoot);
    }

    public void requireSees(String unitCode, Collection<String> ancestors, String field) {
        if (!sees(unitCode, ancestors)) {
            throw outside(unitCode, field, "read");
        }
    }

    public void requireCaptures(String unitCode, Collection<String> ancestors, String field) {
        if (!captures(unitCode, ancestors)) {
            throw outside(unitCode, field, "write");
        }
    }

    public void requireSupervises(String unitCode, Collection<String> ancestors, String field) {
        if (!supervises(ancestors)) {
            throw new RuleViolation(403, "not-a-superior", field,
                    "only a committee above unit " + unitCode + " may review its records");
        }
    }

    private static boolean within(String root, String unitCode, Collection<String> ancestors) {
        return root != null && (root.equals(unitCode) || ancestors.contains(root));
    }

    /**
     * A unit the service does not have, answered as one outside the caller's units unless the caller sees the whole
     * tree: whether a unit exists is not told to a caller who may not see it ({@code forAdministrator} otherwise).
     */
    public RuleViolation unknownUnit(String unitCode, String field, String verb, RuleViolation forAdministrator) {
        return isAdmin() ? forAdministrator : outside(unitCode, field, verb);
    }

    private RuleViolation outside(String unitCode, String field, String verb) {
        return new RuleViolation(403, "out-of-scope", field,
                "unit " + unitCode + " is outside the units you may " + verb);
    }
}
