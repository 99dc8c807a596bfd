package vn.tusoi.organization.rest;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.testsupport.ApiDocument;
import vn.tusoi.testsupport.StackTestResource;

/** The OpenAPI document this service serves: every operation says what it does. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ApiDocumentTest {

    @Test
    void everyOperationHasAWrittenSummary() throws Exception {
        ApiDocument.requireSummaries();
    }
}
