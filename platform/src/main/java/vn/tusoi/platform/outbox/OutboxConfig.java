package vn.tusoi.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's outbox publishes ({@code outbox.*}). */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The topics the service publishes, created compacted at start unless {@code topic-creation.enabled} is false. */
    Optional<List<String>> topics();

    /** How the service creates its topics ({@code outbox.topic-creation.*}). */
    TopicCreation topicCreation();

    /**
     * How often the relay looks for events no commit of this process announced (a crash's, another replica's); the
     * relay's schedule reads it.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often the outbox's size, its oldest row's age and the rows set aside are measured for the gauges. */
    @WithDefault("10s")
    Duration measureInterval();

    /** How long after start the first look waits, for the messaging channels to be wired. */
    @WithDefault("5s")
    Duration pollDelay();

    /**
     * The shape of the topics a service creates. A cluster where Strimzi's topic operator owns the topics (its
     * {@code KafkaTopic}s) switches creation off; the local stack creates them with the defaults.
     */
    interface TopicCreation {

        @WithDefault("true")
        boolean enabled();

        /** Partitions of a new topic; an existing topic with fewer is given more (never fewer). */
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** {@code min.insync.replicas} of a new topic, where replication makes it matter (2 of 3 in a cluster). */
        Optional<Integer> minInsyncReplicas();
    }
}
