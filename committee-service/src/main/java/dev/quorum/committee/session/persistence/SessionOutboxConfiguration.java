package dev.quorum.committee.session.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes the events waiting in session documents. */
@Configuration(proxyBeanMethods = false)
class SessionOutboxConfiguration {
    @Bean
    OutboxCollection sessionsOutbox() {
        return new OutboxCollection(MongoSessionRepository.COLLECTION);
    }
}
