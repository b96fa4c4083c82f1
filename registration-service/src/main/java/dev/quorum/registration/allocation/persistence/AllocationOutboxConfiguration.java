package dev.quorum.registration.allocation.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes SeatAssigned from finalized allocations and the seat events from seat assignments. */
@Configuration(proxyBeanMethods = false)
class AllocationOutboxConfiguration {
    @Bean
    OutboxCollection allocationsOutbox() {
        return new OutboxCollection(MongoAllocationRepository.COLLECTION);
    }

    @Bean
    OutboxCollection seatAssignmentsOutbox() {
        return new OutboxCollection(MongoSeatAssignmentRepository.COLLECTION);
    }
}
