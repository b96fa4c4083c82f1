package dev.quorum.registration.allocation.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relay publishes the seat events waiting in seat assignments. Allocation proposals carry no
 * events (a finalize's {@code SeatAssigned} events travel in the seat documents it stores), so
 * {@code allocations} is not an outbox collection: the relay would only poll it for nothing.
 */
@Configuration(proxyBeanMethods = false)
class AllocationOutboxConfiguration {
    @Bean
    OutboxCollection seatAssignmentsOutbox() {
        return new OutboxCollection(MongoSeatAssignmentRepository.COLLECTION);
    }
}
