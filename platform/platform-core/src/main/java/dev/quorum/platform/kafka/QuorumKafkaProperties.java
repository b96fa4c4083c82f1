package dev.quorum.platform.kafka;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The topics a service produces or consumes, and how consumers and topic creation retry.
 *
 * @param topics every topic this service touches; each is declared with a {@code <topic>-dlt} sibling
 * @param partitions partitions per topic (12 lets consumers scale out)
 * @param replicationFactor 1 on the embedded broker, 3 in production
 * @param retryInitialInterval first wait before redelivering a record that failed in application code
 * @param retryMaxInterval longest wait between such redeliveries
 * @param retryMaxAttempts redeliveries before such a record goes to the dead-letter topic
 * @param outageRetryInitialInterval first wait before trying again while the store or broker is
 *     unavailable (redeliveries and topic creation, both without limit)
 * @param outageRetryMaxInterval longest wait between those tries
 */
@ConfigurationProperties("quorum.kafka")
public record QuorumKafkaProperties(
        List<String> topics,
        Integer partitions,
        Short replicationFactor,
        Duration retryInitialInterval,
        Duration retryMaxInterval,
        Integer retryMaxAttempts,
        Duration outageRetryInitialInterval,
        Duration outageRetryMaxInterval) {

    public static final String DLT_SUFFIX = "-dlt";

    public QuorumKafkaProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        partitions = partitions == null ? 12 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        retryInitialInterval = retryInitialInterval == null ? Duration.ofMillis(200) : retryInitialInterval;
        retryMaxInterval = retryMaxInterval == null ? Duration.ofSeconds(5) : retryMaxInterval;
        retryMaxAttempts = retryMaxAttempts == null ? 5 : retryMaxAttempts;
        outageRetryInitialInterval =
                outageRetryInitialInterval == null ? Duration.ofSeconds(1) : outageRetryInitialInterval;
        outageRetryMaxInterval = outageRetryMaxInterval == null ? Duration.ofSeconds(30) : outageRetryMaxInterval;
    }
}
