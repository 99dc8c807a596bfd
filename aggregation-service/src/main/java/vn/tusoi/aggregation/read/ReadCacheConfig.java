package vn.tusoi.aggregation.read;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read cache of recent roll-ups ({@code rollups.read-cache.*}). */
@ConfigMapping(prefix = "rollups.read-cache")
public interface ReadCacheConfig {

    /**
     * How long an entry is answered before one reader reads it again: the bound on staleness when another replica
     * committed the change.
     */
    @WithDefault("1s")
    Duration timeToLive();
}
