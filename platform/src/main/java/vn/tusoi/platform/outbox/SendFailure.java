package vn.tusoi.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Why the broker did not take an outbox row, and whether trying again can help. Kafka marks what may pass with time
 * ({@link RetriableException}: a leader moving, a broker away, a timeout); any other answer of the broker or the
 * producer ({@link ApiException}: a record too large, a topic name it rejects, a topic the service may not write) is
 * the same on every try. A send that timed out waiting for a topic's metadata is permanent when the broker, asked,
 * says the topic does not exist (a cluster that does not create topics on first use).
 */
record SendFailure(boolean permanent, String reason) {

    private static final int DESCRIBE_SECONDS = 5;

    static SendFailure of(Throwable failure, String topic, Map<String, Object> broker) {
        String reason = describe(failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException && !topicExists(topic, broker)) {
                return new SendFailure(true, "topic " + topic + " does not exist: " + reason);
            }
            if (cause instanceof RetriableException) {
                return new SendFailure(false, reason);
            }
            if (cause instanceof ApiException) {
                return new SendFailure(true, reason);
            }
        }
        return new SendFailure(false, reason);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** True unless the broker answers that the topic is unknown (a broker that does not answer: it may exist). */
    private static boolean topicExists(String topic, Map<String, Object> broker) {
        Map<String, Object> config = new HashMap<>(broker);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, DESCRIBE_SECONDS * 1000);
        try (Admin admin = Admin.create(config)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(DESCRIBE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return !(e.getCause() instanceof UnknownTopicOrPartitionException);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            return true;
        }
    }
}
