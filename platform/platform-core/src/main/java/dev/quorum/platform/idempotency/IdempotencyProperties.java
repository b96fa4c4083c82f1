package dev.quorum.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the {@code Idempotency-Key} filter.
 *
 * @param retention how long a key and its answer are kept (a retry after that runs again)
 * @param abandonAfter how long a claim whose request never finished blocks its key before another
 *     request with the key may take it over
 * @param maxBodySize the largest request body the filter reads to fingerprint it; a larger one is
 *     answered 413 (the gateway's {@code GATEWAY_MAX_REQUEST_SIZE} is 1 MB as well)
 * @param purgeInterval how often keys past their retention are deleted (the embedded MongoDB server
 *     does not enforce TTL indexes)
 */
@ConfigurationProperties("quorum.idempotency")
public record IdempotencyProperties(
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT1M") Duration abandonAfter,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("PT10M") Duration purgeInterval) {}
