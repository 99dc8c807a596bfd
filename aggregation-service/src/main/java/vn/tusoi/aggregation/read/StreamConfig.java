package vn.tusoi.aggregation.read;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live streams of roll-ups ({@code rollups.streams.*}). */
@ConfigMapping(prefix = "rollups.streams")
public interface StreamConfig {

    /** Streams one caller may hold open at once on a replica; one more is a 429. */
    @WithDefault("20")
    int perCaller();

    /** Changes a stream holds for a reader slower than they come; past it the reader is dropped. */
    @WithDefault("256")
    int queue();
}
