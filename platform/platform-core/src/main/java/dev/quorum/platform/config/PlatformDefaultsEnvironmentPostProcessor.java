package dev.quorum.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the conventions every service shares (Kafka serializers and delivery guarantees, consumer
 * group, actuator exposure, addresses from the environment) as the LOWEST-precedence property
 * source, so a service's {@code application.yml}, environment variables and tests override any
 * of them. See {@code quorum-platform-defaults.properties}.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {
    static final String SOURCE_NAME = "quorumPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(
                            SOURCE_NAME, new ClassPathResource("quorum-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
