package dev.quorum.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Copies the records of {@code <topic>-dlt} back to {@code <topic>} (same key, value and headers,
 * minus the {@code kafka_dlt-*} headers the dead-letter recoverer added), so that events that
 * failed before a fix are applied after it. Consumers are idempotent, so a record applied twice
 * changes nothing.
 *
 * <p>A replay copies up to the end of the dead-letter topic as it was when the replay started:
 * records that fail again land after that end and wait for the next replay. Progress is committed
 * under a consumer group of its own after each acknowledged batch, so an interrupted replay
 * resumes where it stopped and a finished one is not repeated.
 */
public class DeadLetterReplay {
    static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final KafkaOperations<String, byte[]> producer;
    private final Set<String> topics;
    private final Duration timeout;

    /**
     * @param consumers new consumers of raw records in the replay's own consumer group
     * @param producer a producer of raw records
     * @param topics the topics whose dead letters may be replayed (the service's own)
     * @param timeout how long one replay may run before it stops (it resumes on the next call)
     */
    public DeadLetterReplay(
            Supplier<Consumer<String, byte[]>> consumers,
            KafkaOperations<String, byte[]> producer,
            Set<String> topics,
            Duration timeout) {
        this.consumers = consumers;
        this.producer = producer;
        this.topics = Set.copyOf(topics);
        this.timeout = timeout;
    }

    /** What one replay did. */
    public record Result(String topic, long replayed, boolean complete) {}

    /** Whether {@code topic} is one of the service's topics. */
    public boolean replays(String topic) {
        return topics.contains(topic);
    }

    /** Replays {@code <topic>-dlt} into {@code topic}; an unknown topic is an IllegalArgumentException. */
    public Result replay(String topic) {
        if (!replays(topic)) {
            throw new IllegalArgumentException("Not a topic of this service: " + topic);
        }
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic + QuorumKafkaProperties.DLT_SUFFIX).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            return copyUntilEnds(consumer, topic, ends);
        }
    }

    private Result copyUntilEnds(Consumer<String, byte[]> consumer, String topic, Map<TopicPartition, Long> ends) {
        Instant deadline = Instant.now().plus(timeout);
        long replayed = 0;
        while (!reachedEnds(consumer, ends)) {
            if (Instant.now().isAfter(deadline)) {
                return new Result(topic, replayed, false);
            }
            List<CompletableFuture<?>> sends = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < ends.get(partition)) {
                    sends.add(producer.send(copy(record, topic)));
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            awaitAcknowledged(sends);
            consumer.commitSync(progress);
            replayed += sends.size();
        }
        return new Result(topic, replayed, true);
    }

    private static boolean reachedEnds(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    // No partition: the key chooses it, as it did for the original record, so a replayed event
    // joins its aggregate's stream in order.
    private static ProducerRecord<String, byte[]> copy(ConsumerRecord<String, byte[]> record, String topic) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DLT_HEADER_PREFIX)) {
                copy.headers().add(header);
            }
        }
        return copy;
    }

    private static void awaitAcknowledged(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Nothing of this batch is committed: the next replay copies it again.
            throw new IllegalStateException("Replayed records were not acknowledged", e);
        }
    }
}
