package dev.quorum.platform.kafka;

import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Creates the service's topics (and adds partitions that are missing) when the application
 * starts, before its listeners do, and if the broker does not take them then, again in the
 * background with back-off until it does: a service that starts before its broker gets its
 * topics as soon as the broker is there. Until then {@link #provisioned()} is false, and the
 * {@code kafkaTopics} health indicator keeps the service's readiness DOWN.
 */
public class TopicProvisioner implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final KafkaAdmin admin;
    private final List<NewTopic> topics;
    private final BackOff backOff;
    private volatile boolean provisioned;
    private volatile boolean running;
    private volatile Thread worker;

    public TopicProvisioner(KafkaAdmin admin, List<NewTopic> topics, BackOff backOff) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.backOff = backOff;
        this.provisioned = topics.isEmpty();
    }

    /** Whether every topic exists with at least its declared partitions. */
    public boolean provisioned() {
        return provisioned;
    }

    /** The topics this provisioner creates. */
    public List<String> topicNames() {
        return topics.stream().map(NewTopic::name).toList();
    }

    @Override
    public void start() {
        running = true;
        if (!provisioned && !provisionOnce()) {
            Thread thread = new Thread(this::provisionUntilDone, "kafka-topic-provisioner");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        Thread retrying = worker;
        if (retrying != null) {
            retrying.interrupt();
        }
        worker = null;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, so that they find their topics when there is a broker. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
    }

    private void provisionUntilDone() {
        BackOffExecution waits = backOff.start();
        while (!provisionOnce()) {
            long wait = waits.nextBackOff();
            log.info("Trying to create the Kafka topics again in {} ms", wait);
            if (!sleep(wait)) {
                return;
            }
        }
    }

    private boolean provisionOnce() {
        try {
            admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
            // Creation is skipped for topics that exist: check that they all do.
            admin.describeTopics(topicNames().toArray(String[]::new));
            provisioned = true;
            log.info("Kafka topics ready: {}", topicNames());
            return true;
        } catch (RuntimeException e) {
            log.warn("Kafka topics not created yet: {}", e.getMessage());
            return false;
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
