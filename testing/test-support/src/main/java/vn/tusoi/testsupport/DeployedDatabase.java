package vn.tusoi.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import vn.tusoi.stack.PostgresServer;

/**
 * A service's database as a deployment has it when a release brings a new migration of the service's own: the
 * platform's migrations (V1000 and up) applied, the service's newest (numbered below them) not yet. The service's own
 * Flyway settings (locations, out of order) must then apply it, as they do at its next start. Each service's
 * {@code DeployedDatabaseTest} (a {@code @QuarkusTest} on its stack) extends this.
 */
public abstract class DeployedDatabase {

    @Test
    void theServicesNewestMigrationAppliesBelowThePlatformsAppliedOnes() {
        MigrateResult result = upgrade(ConfigProvider.getConfig());
        assertTrue(result.success && result.migrationsExecuted > 0, result.migrationsExecuted + " applied");
    }

    /**
     * Migrates an empty database as the release before deployed it (every migration but the service's newest: its
     * own up to the one before, then the platform's), then as the service's configuration says at its next start.
     */
    static MigrateResult upgrade(Config config) {
        String url = StackTestResource.database("deployed_" + config.getValue("quarkus.application.name", String.class)
                .replace('-', '_'));
        String[] locations = Arrays.stream(config.getValue("quarkus.flyway.locations", String.class).split(","))
                .map(location -> "classpath:" + location.strip()).toArray(String[]::new);
        MigrationVersion newest = Arrays.stream(flyway(url).locations(locations).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(PLATFORM) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        flyway(url).locations(locations).target(previous(newest)).load().migrate();
        flyway(url).locations("classpath:db/platform").ignoreMigrationPatterns("*:missing").load().migrate();
        return flyway(url).locations(locations)
                .outOfOrder(config.getOptionalValue("quarkus.flyway.out-of-order", Boolean.class).orElse(false))
                .load().migrate();
    }

    /** Where the platform's migrations begin. */
    private static final MigrationVersion PLATFORM = MigrationVersion.fromVersion("1000");

    private static MigrationVersion previous(MigrationVersion version) {
        return MigrationVersion.fromVersion(String.valueOf(Integer.parseInt(version.getVersion()) - 1));
    }

    private static FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
