package dev.quorum.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay.
 *
 * @param pollInterval how often to look for pending events when nobody woke the relay
 * @param lease how long a relay instance owns a document's events; renewed every third of it while
 *     the instance sends them, so another instance takes over only from one that stopped renewing
 * @param batchSize documents claimed per pass and collection
 * @param minBackoff first wait after a failed pass (broker or store unavailable)
 * @param maxBackoff longest wait between attempts while failures go on
 * @param sendTimeout how long to wait for the broker's acknowledgements of one document's events
 * @param stopTimeout how long stopping lets the relay finish its pass and make a last one before
 *     interrupting it (events not yet removed stay for the next start)
 */
@ConfigurationProperties("quorum.outbox")
public record OutboxProperties(
        Duration pollInterval,
        Duration lease,
        Integer batchSize,
        Duration minBackoff,
        Duration maxBackoff,
        Duration sendTimeout,
        Duration stopTimeout) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        batchSize = batchSize == null ? 100 : batchSize;
        minBackoff = minBackoff == null ? Duration.ofMillis(200) : minBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(15) : maxBackoff;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(20) : sendTimeout;
        stopTimeout = stopTimeout == null ? Duration.ofSeconds(5) : stopTimeout;
    }
}
