package dev.quorum.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * The service's own database, named by {@code spring.mongodb.database}: each service owns one
 * and never reads another's (design section 2); and explicit driver timeouts
 * ({@link QuorumMongoProperties}).
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClient.class)
@ConditionalOnBean(MongoClient.class)
@EnableConfigurationProperties(QuorumMongoProperties.class)
public class QuorumMongoAutoConfiguration {

    // Defined after the client's definition, but the client collects its customizers only when
    // it is created, by which time every definition is known.
    @Bean
    MongoClientTimeouts quorumMongoClientTimeouts(QuorumMongoProperties timeouts, MongoConnectionDetails connection) {
        return new MongoClientTimeouts(timeouts, connection.getConnectionString());
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return client.getDatabase(database);
    }
}
