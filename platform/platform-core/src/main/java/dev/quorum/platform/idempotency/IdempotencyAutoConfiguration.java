package dev.quorum.platform.idempotency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code Idempotency-Key} support for every WebMVC service with a database. The filter runs after
 * Spring Security, so keys are scoped to the authenticated caller.
 */
@AutoConfiguration(afterName = "dev.quorum.platform.outbox.OutboxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebMvcConfigurer.class)
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {
    /** Spring Security's filter chain is registered at -100; run right after it. */
    static final int ORDER = -99;

    @Bean
    IdempotencyStore idempotencyStore(MongoDatabase database, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyStore(database, clock, properties.retention(), properties.abandonAfter());
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, IdempotencyProperties properties) {
        return new IdempotencyPurge(store, properties.purgeInterval());
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, properties.maxBodySize().toBytes()));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    WebMvcConfigurer redactOnReplayInterceptor() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RedactOnReplayInterceptor());
            }
        };
    }
}
