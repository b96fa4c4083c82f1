package dev.quorum.platform.openapi;

import dev.quorum.platform.idempotency.IdempotencyFilter;
import dev.quorum.platform.security.PublicOperations;
import dev.quorum.platform.security.QuorumSecurityProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** The error responses and the Problem schema in every WebMVC service's OpenAPI description. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(QuorumSecurityProperties.class)
public class ProblemOpenApiAutoConfiguration {
    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer(
            QuorumSecurityProperties security, ObjectProvider<FilterRegistrationBean<IdempotencyFilter>> idempotency) {
        return new ProblemResponsesCustomizer(new PublicOperations(security), idempotency.getIfAvailable() != null);
    }

    @Bean
    ProblemResponseAnnotations problemResponseAnnotations() {
        return new ProblemResponseAnnotations();
    }
}
