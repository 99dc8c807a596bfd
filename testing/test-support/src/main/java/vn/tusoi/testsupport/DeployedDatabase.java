package vn.tusoi.testsupport;

import java.util.Arrays;

import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import vn.tusoi.stack.PostgresServer;

/**
 * A service's database as a deployment has it when a release brings a new migration of the service's own: the
 * platform's migrations (V1000 and up) applied, the service's (numbered below them) not yet. The service's own Flyway
 * settings (locations, out of order) must then apply them, as they do at the next start.
 */
public final class DeployedDatabase {

    private DeployedDatabase() {
    }

    /**
     * Migrates an empty database as the release before deployed it (every migration but the service's newest: its
     * own up to the one before, then the platform's), then as the service's configuration says at its next start.
     */
    public static MigrateResult upgrade(Config config) {
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
