package vn.tusoi.organization.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

import vn.tusoi.platform.outbox.OutboxRelay;
import vn.tusoi.testsupport.StackTestResource;

/**
 * The relay's producer as the connector built it from the settings every service shares (the platform's): durable
 * (every in-sync replica, idempotent), failing fast while the broker is away, compressed.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class OutboxProducerTest {

    @Inject
    KafkaClientService clients;

    @Test
    void theRelaysProducerTakesTheSharedSettings() {
        Map<String, ?> config = clients.getProducer(OutboxRelay.CHANNEL).configuration();
        assertEquals("all", String.valueOf(config.get("acks")));
        assertEquals("true", String.valueOf(config.get("enable.idempotence")));
        assertEquals("5000", String.valueOf(config.get("max.block.ms")));
        assertEquals("10000", String.valueOf(config.get("delivery.timeout.ms")));
        assertEquals("lz4", String.valueOf(config.get("compression.type")));
        assertEquals("262144", String.valueOf(config.get("batch.size")));
    }
}
