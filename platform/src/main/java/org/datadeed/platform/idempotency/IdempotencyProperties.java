package org.datadeed.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a key and its first response are kept; a retry after that is a new request
 * @param lockTimeout how long a claim kept without its answer holds its key before a retry may take it over (only a
 *                    version that claimed in a transaction of its own, before the request ran, left such claims)
 */
@ConfigurationProperties("datadeed.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration retention,
        @DefaultValue("60s") Duration lockTimeout) {
}
