package dev.quorum.committee.committee.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes the events waiting in committee documents. */
@Configuration(proxyBeanMethods = false)
class CommitteeOutboxConfiguration {
    @Bean
    OutboxCollection committeesOutbox() {
        return new OutboxCollection(MongoCommitteeRepository.COLLECTION);
    }
}
