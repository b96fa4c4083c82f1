package dev.quorum.registration.conference.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes the events waiting in conference documents. */
@Configuration(proxyBeanMethods = false)
class ConferenceOutboxConfiguration {
    @Bean
    OutboxCollection conferencesOutbox() {
        return new OutboxCollection(MongoConferenceRepository.COLLECTION);
    }
}
