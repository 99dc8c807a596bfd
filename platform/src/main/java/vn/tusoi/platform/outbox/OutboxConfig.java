package vn.tusoi.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's outbox publishes ({@code outbox.*}). */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The topics the service publishes, created compacted at start. */
    Optional<List<String>> topics();

    /**
     * How often the relay looks for events no commit of this process announced (a crash's, another replica's); the
     * relay's schedule reads it.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long after start the first look waits, for the messaging channels to be wired. */
    @WithDefault("5s")
    Duration pollDelay();
}
