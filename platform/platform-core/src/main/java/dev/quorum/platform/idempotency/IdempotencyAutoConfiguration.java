package dev.quorum.platform.idempotency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code Idempotency-Key} support for every WebMVC service with a database. The filter runs after
 * Spring Security, so keys are scoped to the authenticated caller.
 */
@AutoConfiguration(afterName = "dev.quorum.platform.outbox.OutboxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoDatabase.class)
public class IdempotencyAutoConfiguration {
    /** Spring Security's filter chain is registered at -100; run right after it. */
    static final int ORDER = -99;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            MongoDatabase database,
            Clock clock,
            @Value("${quorum.idempotency.retention:P1D}") Duration retention,
            @Value("${quorum.idempotency.abandon-after:PT1M}") Duration abandonAfter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(new IdempotencyStore(database, clock, retention, abandonAfter)));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
