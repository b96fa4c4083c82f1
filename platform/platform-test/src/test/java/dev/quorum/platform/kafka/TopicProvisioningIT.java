package dev.quorum.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service that starts before its broker is not ready, creates its topics once the broker is
 * there, and only then becomes ready. The broker "comes up" when a forwarder to the test broker
 * opens on the address the service was given.
 */
@ExtendWith(InfrastructureAvailableCondition.class)
class TopicProvisioningIT {
    private static final String TOPIC =
            "provisioning.test." + UUID.randomUUID().toString().substring(0, 8);
    private static final String READINESS = "/actuator/health/readiness";

    @Test
    void aServiceStartedBeforeItsBrokerCreatesItsTopicsWhenTheBrokerComesAndOnlyThenIsReady() throws Exception {
        int brokerPort = freePort();
        try (ConfigurableApplicationContext service = start("127.0.0.1:" + brokerPort)) {
            ApiClient api = ApiClient.local(service.getEnvironment().getProperty("local.server.port", Integer.class));
            assertThat(api.get(READINESS).status()).as("no broker yet").isEqualTo(503);
            assertThat(topicsOnTheBroker()).as("no topics yet").isEmpty();

            try (PortForwarder broker = PortForwarder.open(brokerPort, testBroker())) {
                await().atMost(Duration.ofSeconds(45))
                        .until(() -> api.get(READINESS).status() == 200);
                assertThat(topicsOnTheBroker())
                        .containsOnlyKeys(TOPIC, TOPIC + QuorumKafkaProperties.DLT_SUFFIX)
                        .allSatisfy(
                                (name, topic) -> assertThat(topic.partitions()).hasSize(3));
            }
        }
    }

    private static Map<String, TopicDescription> topicsOnTheBroker() throws Exception {
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            Set<String> ours = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(TOPIC))
                    .collect(Collectors.toSet());
            return admin.describeTopics(ours).allTopicNames().get();
        }
    }

    private static InetSocketAddress testBroker() {
        String[] hostAndPort =
                TestInfrastructure.kafkaBootstrapServers().split(",")[0].split(":");
        return new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
    }

    private static ConfigurableApplicationContext start(String bootstrapServers) {
        // As arguments: the builder's default properties rank below the platform's defaults.
        return new SpringApplicationBuilder(ConsumerTestApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.application.name=provisioning-test",
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--spring.mongodb.uri=" + TestInfrastructure.mongoUri(),
                        "--spring.mongodb.database=provisioning_test_"
                                + UUID.randomUUID().toString().substring(0, 8),
                        "--test.topic=" + TOPIC,
                        "--quorum.kafka.topics=" + TOPIC,
                        "--quorum.kafka.partitions=3",
                        // Short waits keep the test quick.
                        "--spring.kafka.admin.operation-timeout=1s",
                        "--spring.kafka.admin.close-timeout=500ms",
                        "--spring.kafka.admin.properties.request.timeout.ms=1000",
                        "--spring.kafka.admin.properties.default.api.timeout.ms=2000",
                        "--quorum.kafka.outage-retry-initial-interval=200ms",
                        "--quorum.kafka.outage-retry-max-interval=1s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
