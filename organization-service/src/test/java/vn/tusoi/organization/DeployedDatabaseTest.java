package vn.tusoi.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.testsupport.DeployedDatabase;
import vn.tusoi.testsupport.StackTestResource;

/** A release's new migration applies to a deployed database, whose platform migrations are numbered above it. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class DeployedDatabaseTest extends DeployedDatabase {
}
