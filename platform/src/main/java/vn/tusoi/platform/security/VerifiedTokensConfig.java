package vn.tusoi.platform.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many verified bearer tokens a service keeps, and how long ({@code verified-tokens.*}; see VerifiedTokens). */
@ConfigMapping(prefix = "verified-tokens")
public interface VerifiedTokensConfig {

    /** Tokens kept at most (the least used go first); 0 checks every token in full on every request. */
    @WithDefault("10000")
    long maxSize();

    /**
     * How long a verification counts, at most (a token's own expiry cuts it shorter): the longest a token keeps working
     * after the identity provider withdraws the key that signed it.
     */
    @WithDefault("60s")
    Duration maxAge();
}
