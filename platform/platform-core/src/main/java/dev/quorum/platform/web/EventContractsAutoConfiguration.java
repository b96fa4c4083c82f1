package dev.quorum.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves a producer's event contract: the JSON Schemas and golden examples of
 * {@code src/main/resources/events/} at {@code /events/**}, next to its AsyncAPI document at
 * {@code /asyncapi.yaml} (a static resource).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class EventContractsAutoConfiguration implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/events/**").addResourceLocations("classpath:/events/");
    }
}
