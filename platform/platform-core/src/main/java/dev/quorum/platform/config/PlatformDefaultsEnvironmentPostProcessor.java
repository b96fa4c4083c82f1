package dev.quorum.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.ClassUtils;

/**
 * Adds the conventions every service shares (Kafka serializers and delivery guarantees, consumer
 * group, actuator exposure, addresses from the environment) as the LOWEST-precedence property
 * source, so a service's {@code application.yml}, environment variables and tests override any
 * of them. See {@code quorum-platform-defaults.properties}, and
 * {@code quorum-platform-servlet-defaults.properties} for what applies to WebMVC services only.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {
    static final String SOURCE_NAME = "quorumPlatformDefaults";
    static final String SERVLET_SOURCE_NAME = "quorumPlatformServletDefaults";
    private static final String SERVLET_STACK = "org.springframework.web.servlet.DispatcherServlet";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        addLast(environment, SOURCE_NAME, "quorum-platform-defaults.properties");
        if (ClassUtils.isPresent(SERVLET_STACK, getClass().getClassLoader())) {
            // Before the shared defaults in precedence, still below everything else.
            addLast(environment, SERVLET_SOURCE_NAME, "quorum-platform-servlet-defaults.properties");
        }
    }

    private static void addLast(ConfigurableEnvironment environment, String name, String resource) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(name, new ClassPathResource(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
