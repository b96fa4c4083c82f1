package dev.quorum.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real Kafka broker and MongoDB server that integration tests talk to, started lazily once
 * per test JVM and stopped when it exits.
 *
 * <p>By default both are embedded (a KRaft broker from spring-kafka-test, mongo-java-server in
 * memory) so {@code ./mvnw verify} needs no Docker. With {@code -Dquorum.test.infrastructure=containers}
 * (the {@code -Pcontainers} profile) they are real Kafka and MongoDB containers.
 */
public final class TestInfrastructure {
    public enum Mode {
        EMBEDDED,
        CONTAINERS
    }

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";

    private static String kafkaBootstrapServers;
    private static String mongoUri;

    private TestInfrastructure() {}

    public static Mode mode() {
        return "containers".equalsIgnoreCase(System.getProperty("quorum.test.infrastructure", "embedded"))
                ? Mode.CONTAINERS
                : Mode.EMBEDDED;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = mode() == Mode.CONTAINERS ? startKafkaContainer() : startEmbeddedKafka();
        }
        return kafkaBootstrapServers;
    }

    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            mongoUri = mode() == Mode.CONTAINERS ? startMongoContainer() : startEmbeddedMongo();
        }
        return mongoUri;
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(
                java.util.Map.of("auto.create.topics.enable", "false", "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        return broker.getBrokersAsString();
    }

    private static String startEmbeddedMongo() {
        MongoServer server = new MongoServer(new HelloAnsweringMemoryBackend());
        InetSocketAddress address = server.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static String startKafkaContainer() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    @SuppressWarnings("resource")
    private static String startMongoContainer() {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        mongo.start();
        return mongo.getConnectionString();
    }
}
