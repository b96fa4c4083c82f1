package dev.quorum.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.QuorumIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * In a running web service the relay stops after the web server: lifecycles stop from the highest
 * phase down, and a request still draining may write events the relay must publish.
 */
@QuorumIntegrationTest
class OutboxRelayShutdownOrderIT {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WebServiceWithAnOutbox {
        @Bean
        OutboxCollection aggregatesOutbox() {
            return new OutboxCollection("aggregates");
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theRelayStopsOnlyAfterTheWebServerHasDrainedAndStopped() {
        Map<String, SmartLifecycle> webServer = context.getBeansOfType(SmartLifecycle.class);
        webServer.values().removeIf(l -> !l.getClass().getSimpleName().startsWith("WebServer"));
        int relayPhase = context.getBean(OutboxRelay.class).getPhase();

        assertThat(webServer).as("the graceful drain and the server's stop").hasSize(2);
        assertThat(webServer.values()).allSatisfy(l -> assertThat(relayPhase).isLessThan(l.getPhase()));
    }
}
