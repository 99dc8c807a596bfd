package vn.tusoi.platform.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Fails closed: in the {@code prod} profile (the packaged application's default, as the cluster runs it) a service
 * refuses to start while its database password is missing or is the local stack's. The local stack and the tests run
 * the {@code local} and {@code test} profiles.
 */
@ApplicationScoped
public class LocalSecretsRefused {

    static final Set<String> LOCAL_PASSWORDS = Set.of("", "postgres");

    void refuse(@Observes StartupEvent start, Config config) {
        if (!config.unwrap(SmallRyeConfig.class).getProfiles().contains("prod")) {
            return;
        }
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        if (LOCAL_PASSWORDS.contains(password)) {
            throw new IllegalStateException("refusing to start in the prod profile with the local stack's database"
                    + " password: set DB_PASSWORD (or run the local profile: -Dquarkus.profile=local)");
        }
    }
}
