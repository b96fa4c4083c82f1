package dev.quorum.registration.school.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes the events waiting in school documents. */
@Configuration(proxyBeanMethods = false)
class SchoolOutboxConfiguration {
    @Bean
    OutboxCollection schoolsOutbox() {
        return new OutboxCollection(MongoSchoolRepository.COLLECTION);
    }
}
