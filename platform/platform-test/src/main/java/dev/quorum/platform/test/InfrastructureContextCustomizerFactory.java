package dev.quorum.platform.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points every {@link QuorumIntegrationTest} context at the shared test infrastructure, with a
 * database and consumer group of its own, and at the {@link TestTokens} key set.
 */
public class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, QuorumIntegrationTest.class)
                ? new InfrastructureCustomizer()
                : null;
    }

    private static final class InfrastructureCustomizer implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String isolation = UUID.randomUUID().toString().substring(0, 8);
            String application = context.getEnvironment().getProperty("spring.application.name", "app");
            Map<String, Object> properties = Map.of(
                    "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                    "spring.mongodb.uri", TestInfrastructure.mongoUri(),
                    "spring.mongodb.database", application.replace('-', '_') + "_test_" + isolation,
                    "spring.kafka.consumer.group-id", application + "-test-" + isolation,
                    "quorum.security.jwks-uri", TestTokens.jwksUri());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("quorumTestInfrastructure", properties));
        }

        // One customizer per test class would defeat context caching; all are equal.
        @Override
        public boolean equals(Object other) {
            return other instanceof InfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return InfrastructureCustomizer.class.hashCode();
        }
    }
}
