package vn.tusoi.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.testsupport.DeployedDatabase;
import vn.tusoi.testsupport.StackTestResource;

/** A release's new migration applies to a deployed database, whose platform migrations are numbered above it. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class DeployedDatabaseTest {

    @Test
    void theServicesMigrationsApplyBelowThePlatformsAppliedOnes() {
        MigrateResult result = DeployedDatabase.upgrade(ConfigProvider.getConfig());
        assertTrue(result.success && result.migrationsExecuted > 0, result.migrationsExecuted + " applied");
    }
}
