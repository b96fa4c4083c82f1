package dev.quorum.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full-application test against a real Kafka broker and a real MongoDB wire-protocol server,
 * started once per test JVM (see {@link TestInfrastructure}). Each application context gets its
 * own database and consumer group, so cached contexts never steal each other's events or data.
 * Tokens for the services' resource servers come from {@link TestTokens}. Every answer its
 * {@link ApiClient}s receive must be one the service's OpenAPI document lists
 * ({@link OpenApiConformanceExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({InfrastructureAvailableCondition.class, OpenApiConformanceExtension.class})
public @interface QuorumIntegrationTest {}
