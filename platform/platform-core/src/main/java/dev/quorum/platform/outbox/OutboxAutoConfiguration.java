package dev.quorum.platform.outbox;

import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox writer and relay, for services that have both MongoDB and Kafka. */
@AutoConfiguration(
        afterName = {
            "dev.quorum.platform.mongo.QuorumMongoAutoConfiguration",
            "dev.quorum.platform.kafka.QuorumKafkaAutoConfiguration"
        })
@ConditionalOnClass({MongoDatabase.class, KafkaTemplate.class, CloudEvent.class})
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PendingEventFactory pendingEventFactory(
            JsonMapper jsonMapper, Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        // Without tracing (a test slice, say) events simply belong to no trace.
        TraceContextSource traces = tracer.getIfAvailable() == null || propagator.getIfAvailable() == null
                ? TraceContextSource.NONE
                : new MicrometerTraceContextSource(tracer.getObject(), propagator.getObject());
        return new PendingEventFactory(jsonMapper, clock, traces);
    }

    @Bean
    CloudEventPublisher cloudEventPublisher(
            KafkaTemplate<String, CloudEvent> template,
            @Value("${quorum.events.source:/quorum/${spring.application.name:unknown}}") String source) {
        return new CloudEventPublisher(template, URI.create(source));
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoDatabase database,
            List<OutboxCollection> collections,
            CloudEventPublisher publisher,
            OutboxProperties properties,
            Clock clock,
            ObjectProvider<ParkedEventCounter> parkedEvents) {
        return new OutboxRelay(
                database,
                collections,
                publisher,
                properties,
                clock,
                parkedEvents.getIfAvailable(() -> ParkedEventCounter.NONE));
    }

    /** Counts parked events when the application has a meter registry (actuator). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class ParkedEventMetrics {
        @Bean
        @ConditionalOnMissingBean
        ParkedEventCounter parkedEventCounter(ObjectProvider<MeterRegistry> registry) {
            return (collection, type) ->
                    registry.ifAvailable(r -> new MicrometerParkedEventCounter(r).parked(collection, type));
        }
    }

    @Bean
    OutboxWriter outboxWriter(ObjectProvider<OutboxRelay> relay) {
        return new OutboxWriter(() -> relay.ifAvailable(OutboxRelay::wakeUp));
    }
}
