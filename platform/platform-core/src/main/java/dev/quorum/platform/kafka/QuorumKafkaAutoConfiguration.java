package dev.quorum.platform.kafka;

import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka conventions of every service (ADR 3): its topics and their {@code -dlt} siblings, created
 * in the background until the broker takes them ({@link TopicProvisioner}, with the
 * {@code kafkaTopics} health indicator); an error handler that tells data errors from outages
 * ({@link ConsumerErrorHandlers}) and publishes records it gives up on to {@code <topic>-dlt}
 * (same partition); the {@link EventRouter}; and the {@code dltreplay} operator endpoint.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, CloudEvent.class})
@EnableConfigurationProperties(QuorumKafkaProperties.class)
public class QuorumKafkaAutoConfiguration {

    @Bean
    TopicProvisioner quorumTopicProvisioner(KafkaAdmin admin, QuorumKafkaProperties properties) {
        List<NewTopic> topics = properties.topics().stream()
                .flatMap(topic -> Stream.of(topic, topic + QuorumKafkaProperties.DLT_SUFFIX))
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toList();
        return new TopicProvisioner(admin, topics, ConsumerErrorHandlers.outageBackOff(properties));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler quorumErrorHandler(
            QuorumKafkaProperties properties, KafkaTemplate<String, CloudEvent> cloudEvents, ProducerFactory<?, ?> pf) {
        // A record that failed to deserialize reaches the recoverer as raw bytes; everything else
        // as the CloudEvent it was. Each needs a template with a matching serializer.
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(CloudEvent.class, cloudEvents);
        templates.put(byte[].class, rawTemplate(pf));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                templates,
                (record, e) ->
                        new TopicPartition(record.topic() + QuorumKafkaProperties.DLT_SUFFIX, record.partition()));
        return ConsumerErrorHandlers.create(properties, recoverer);
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    EventRouter eventRouter(JsonMapper jsonMapper, Validator validator, ObjectProvider<MeterRegistry> meters) {
        return new EventRouter(jsonMapper, validator, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    DeadLetterReplay deadLetterReplay(
            QuorumKafkaProperties properties, ConsumerFactory<?, ?> consumerFactory, ProducerFactory<?, ?> pf) {
        Map<String, Object> config = new LinkedHashMap<>(consumerFactory.getConfigurationProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, config.get(ConsumerConfig.GROUP_ID_CONFIG) + "-dlt-replay");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new DeadLetterReplay(
                () -> new KafkaConsumer<String, byte[]>(config),
                rawTemplate(pf),
                new HashSet<>(properties.topics()),
                Duration.ofMinutes(2));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class TopicsHealthConfiguration {
        @Bean
        HealthIndicator kafkaTopicsHealthIndicator(TopicProvisioner provisioner) {
            return new KafkaTopicsHealthIndicator(provisioner);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class DeadLetterReplayEndpointConfiguration {
        @Bean
        DeadLetterReplayEndpoint deadLetterReplayEndpoint(DeadLetterReplay replay) {
            return new DeadLetterReplayEndpoint(replay);
        }
    }

    private static KafkaTemplate<String, byte[]> rawTemplate(ProducerFactory<?, ?> pf) {
        Map<String, Object> config = new LinkedHashMap<>(pf.getConfigurationProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(config));
    }
}
