package vn.tusoi.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;

/**
 * How this service's own Kafka clients (the outbox's topic checks, the aggregation's rebuild) reach the broker: the
 * same {@code kafka.*} settings as the messaging channels, so that in a cluster whose broker authenticates (SCRAM,
 * deploy/k8s) they sign in as the service does.
 */
@ApplicationScoped
public class BrokerConnection {

    private final Map<String, Object> common;

    public BrokerConnection(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = common;
    }

    /** The connection's settings (bootstrap servers, security protocol, SASL), for a new client to add its own to. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        common.forEach((key, value) -> {
            if (key.startsWith("bootstrap.") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        return config;
    }
}
