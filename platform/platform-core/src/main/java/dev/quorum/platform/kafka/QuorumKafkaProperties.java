package dev.quorum.platform.kafka;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The topics a service produces or consumes, and how consumers retry.
 *
 * @param topics every topic this service touches; each is declared with a {@code <topic>-dlt} sibling
 * @param partitions partitions per topic (12 lets consumers scale out)
 * @param replicationFactor 1 on the embedded broker, 3 in production
 * @param retryInitialInterval first wait before redelivering a failed record
 * @param retryMaxInterval longest wait between redeliveries
 * @param retryMaxAttempts redeliveries before the record goes to the dead-letter topic
 */
@ConfigurationProperties("quorum.kafka")
public record QuorumKafkaProperties(
        List<String> topics,
        Integer partitions,
        Short replicationFactor,
        Duration retryInitialInterval,
        Duration retryMaxInterval,
        Integer retryMaxAttempts) {

    public static final String DLT_SUFFIX = "-dlt";

    public QuorumKafkaProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        partitions = partitions == null ? 12 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        retryInitialInterval = retryInitialInterval == null ? Duration.ofMillis(200) : retryInitialInterval;
        retryMaxInterval = retryMaxInterval == null ? Duration.ofSeconds(5) : retryMaxInterval;
        retryMaxAttempts = retryMaxAttempts == null ? 5 : retryMaxAttempts;
    }
}
