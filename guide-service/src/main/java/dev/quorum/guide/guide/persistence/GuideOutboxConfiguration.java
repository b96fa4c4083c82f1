package dev.quorum.guide.guide.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes the events waiting in guide documents. */
@Configuration(proxyBeanMethods = false)
class GuideOutboxConfiguration {
    @Bean
    OutboxCollection guidesOutbox() {
        return new OutboxCollection(MongoGuideRepository.COLLECTION);
    }
}
