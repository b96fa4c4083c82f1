package dev.quorum.guide.search.messaging;

import dev.quorum.guide.guide.messaging.GuideImported;
import dev.quorum.guide.guide.messaging.GuidePublished;
import dev.quorum.guide.search.application.SearchIndexing;
import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index current from {@code guide.events}. Every instance reads the
 * whole topic in a consumer group of its own (the index is in its memory), starting at the end:
 * what was published before is in the store, which is read once the partitions are assigned, so
 * no edition falls between the rebuild and the first event (ADR 22).
 */
@Component
class GuideEventsListener implements ConsumerSeekAware {
    private final EventRouter router;
    private final SearchIndexing indexing;
    private final AtomicBoolean rebuiltAfterAssignment = new AtomicBoolean();

    GuideEventsListener(EventRouter router, SearchIndexing indexing) {
        this.indexing = indexing;
        this.router = router.on(
                        GuidePublished.TYPE,
                        GuidePublished.class,
                        event -> indexing.published(
                                event.data().guideId(), event.data().edition()))
                .ignore(GuideImported.TYPE);
    }

    @KafkaListener(
            id = "guide-search-index",
            topics = "guide.events",
            groupId = "${spring.application.name}-search-${random.uuid}",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    /** Searches answer from the start, before the consumer has joined. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildAtStart() {
        indexing.rebuild();
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (!assignments.isEmpty() && rebuiltAfterAssignment.compareAndSet(false, true)) {
            indexing.rebuild();
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // The group has only this instance: partitions come back to it, nothing to hand over.
    }
}
