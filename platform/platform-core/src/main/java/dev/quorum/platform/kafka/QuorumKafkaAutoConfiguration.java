package dev.quorum.platform.kafka;

import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.platform.consumer.PoisonEventException;
import io.cloudevents.CloudEvent;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka conventions of every service: its topics and their {@code -dlt} siblings declared as
 * {@link NewTopic}s, and an error handler that redelivers a failed record with bounded
 * exponential backoff, then publishes it to {@code <topic>-dlt} (same partition) so the listener
 * goes on. Unreadable records and {@link PoisonEventException}s skip the retries.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, CloudEvent.class})
@EnableConfigurationProperties(QuorumKafkaProperties.class)
public class QuorumKafkaAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics quorumTopics(QuorumKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(properties.topics().stream()
                .flatMap(topic -> Stream.of(topic, topic + QuorumKafkaProperties.DLT_SUFFIX))
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
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
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryMaxAttempts());
        backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    EventRouter eventRouter(JsonMapper jsonMapper, Validator validator) {
        return new EventRouter(jsonMapper, validator);
    }

    private static KafkaTemplate<String, byte[]> rawTemplate(ProducerFactory<?, ?> pf) {
        Map<String, Object> config = new LinkedHashMap<>(pf.getConfigurationProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(config));
    }
}
