package vn.tusoi.session.rest;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.tusoi.session.events.Topics;
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
        ApiDocument.requireExamples("POST /api/v1/campaigns", "POST /api/v1/campaigns/{code}/sessions",
                "POST /api/v1/sessions/{id}/shortcomings", "PATCH /api/v1/actions/{id}",
                "PUT /api/v1/units/{code}/indicators/{period}",
                "PUT /api/v1/campaigns/{code}/self-reviews/{registryNo}",
                "POST /api/v1/units/{code}/classifications/{period}/propose", "POST /api/v1/sessions/decisions",
                "POST /api/v1/criteria-frames");
    }

    @Test
    void theEventDocumentGivesEachTopicItsContract() {
        EventDocument.require(
                Set.of(Topics.CAMPAIGNS, Topics.SESSIONS, Topics.INDICATORS, Topics.SHORTCOMINGS, Topics.ACTIONS,
                        Topics.SELF_REVIEWS, Topics.CLASSIFICATIONS));
    }
}
