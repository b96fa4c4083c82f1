package dev.quorum.platform.kafka;

import dev.quorum.platform.consumer.PoisonEventException;
import jakarta.validation.ValidationException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The consumers' error handler, which sorts failures into three kinds (ADR 3):
 *
 * <ul>
 *   <li>data errors (unreadable, invalid or poison events) go to the dead-letter topic at once:
 *       retrying cannot change them;
 *   <li>infrastructure failures ({@link InfrastructureFailures}) are retried with back-off and
 *       without limit, so an outage of the store delays events but never dead-letters them;
 *   <li>any other exception from application code gets bounded retries, then the dead-letter topic.
 * </ul>
 */
final class ConsumerErrorHandlers {
    private ConsumerErrorHandlers() {}

    static DefaultErrorHandler create(QuorumKafkaProperties properties, ConsumerRecordRecoverer deadLetters) {
        ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(properties.retryMaxAttempts());
        bounded.setInitialInterval(properties.retryInitialInterval().toMillis());
        bounded.setMultiplier(2.0);
        bounded.setMaxInterval(properties.retryMaxInterval().toMillis());
        BackOff untilItPasses = outageBackOff(properties);

        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, bounded);
        // DeserializationException and friends are not retried by default; add the platform's own.
        handler.addNotRetryableExceptions(PoisonEventException.class, ValidationException.class);
        handler.setBackOffFunction(
                (record, failure) -> InfrastructureFailures.isInfrastructure(failure) ? untilItPasses : null);
        return handler;
    }

    /** Exponential, capped, with no limit on attempts or elapsed time. */
    static ExponentialBackOff outageBackOff(QuorumKafkaProperties properties) {
        ExponentialBackOff backOff =
                new ExponentialBackOff(properties.outageRetryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.outageRetryMaxInterval().toMillis());
        return backOff;
    }
}
