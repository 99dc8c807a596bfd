package vn.tusoi.aggregation.rest;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.aggregation.events.RollupChanged;
import vn.tusoi.aggregation.notice.NoticePublished;
import vn.tusoi.testsupport.ApiDocument;
import vn.tusoi.testsupport.EventDocument;
import vn.tusoi.testsupport.StackTestResource;

/**
 * The documents this service serves of itself: every operation says what it does, what it can refuse with (as problem
 * types) and, for the main requests, shows a valid body; the AsyncAPI document gives each topic its contract.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ApiDocumentTest {

    @Test
    void everyOperationHasAWrittenSummary() throws Exception {
        ApiDocument.requireSummaries();
    }

    @Test
    void everyRefusalIsAProblemWithItsTypesAndEveryRuleIsDocumented() throws Exception {
        ApiDocument.requireRefusals();
    }

    @Test
    void theMainRequestsHaveAnExampleValidByTheDocument() throws Exception {
        ApiDocument.requireExamples();
    }

    @Test
    void theEventDocumentGivesEachTopicItsContract() {
        EventDocument.require(Set.of(RollupChanged.TOPIC, NoticePublished.TOPIC));
    }
}
