package vn.tusoi.web.signin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Fails closed: in the {@code prod} profile (the packaged application's default, as the cluster runs it) the web
 * front end refuses to start while a secret is missing or still the local stack's ({@code ...local-stack-only}).
 * The local stack and the tests run the {@code local} profile.
 */
@ApplicationScoped
public class LocalSecretsRefused {

    static final String LOCAL_MARK = "local-stack-only";
    /** Each secret, by the variable that sets it. */
    static final Map<String, String> SECRETS = new LinkedHashMap<>(Map.of(
            "WEB_CLIENT_SECRET", "quarkus.oidc.credentials.secret",
            "WEB_STATE_SECRET", "quarkus.oidc.authentication.state-secret",
            "WEB_FORM_TOKEN_SECRET", "web.form-token-secret"));

    void refuse(@Observes StartupEvent start, Config config) {
        if (!config.unwrap(SmallRyeConfig.class).getProfiles().contains("prod")) {
            return;
        }
        List<String> local = SECRETS.entrySet().stream()
                .filter(secret -> {
                    String value = config.getOptionalValue(secret.getValue(), String.class).orElse("");
                    return value.isBlank() || value.contains(LOCAL_MARK);
                })
                .map(Map.Entry::getKey).sorted().toList();
        if (!local.isEmpty()) {
            throw new IllegalStateException("refusing to start in the prod profile with the local stack's secrets:"
                    + " set " + String.join(", ", local) + " (or run the local profile: -Dquarkus.profile=local)");
        }
    }
}
