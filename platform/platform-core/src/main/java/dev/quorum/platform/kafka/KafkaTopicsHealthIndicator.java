package dev.quorum.platform.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code kafkaTopics}: UP once the {@link TopicProvisioner} has created the service's topics. It
 * belongs to the readiness group, so no traffic reaches a service whose events have nowhere to go.
 */
class KafkaTopicsHealthIndicator implements HealthIndicator {
    private final TopicProvisioner provisioner;

    KafkaTopicsHealthIndicator(TopicProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public Health health() {
        Health.Builder health = provisioner.provisioned() ? Health.up() : Health.down();
        return health.withDetail("topics", provisioner.topicNames()).build();
    }
}
