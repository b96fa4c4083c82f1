package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    private final Path root = Path.of("/opt/quorum");
    private final Path home = Path.of("/var/quorum");
    private final Credentials credentials = new Credentials("secretariat", "s3cret-pass", "test");

    private Components components() {
        return components(Map.of());
    }

    private Components components(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put(RuntimeSettings.HOME_ENV, home.toString());
        env.put(Ports.GATEWAY, "18080");
        env.put(Ports.GATEWAY_MANAGEMENT, "19080");
        env.put(Ports.REGISTRATION, "18081");
        env.put(Ports.COMMITTEE, "18082");
        env.put(Ports.VOTING, "18083");
        env.put(Ports.GUIDE, "18084");
        env.put(Ports.KAFKA, "19092");
        env.put(Ports.MONGO, "37017");
        return new Components(TestSettings.settings(root, env));
    }

    @Test
    void everyComponentCarriesTheMarkersThatDownChecks() {
        Components components = components();

        assertThat(components.kafka().command()).contains("-Dquorum.component=kafka", "-Dquorum.home=/var/quorum");
        assertThat(components.mongo().command()).contains("-Dquorum.component=mongo", "-Dquorum.home=/var/quorum");
        for (ComponentSpec app : components.apps(credentials)) {
            assertThat(app.command())
                    .contains("-Dquorum.component=" + app.name(), "-Dquorum.home=/var/quorum", "-Xmx384m")
                    .first()
                    .isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString());
        }
    }

    @Test
    void servicesRunC1OnlyUnlessTheJvmDefaultsAreAskedFor() {
        assertThat(components().app(Components.VOTING, credentials).command())
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(components(Map.of(Components.APP_JVM_ENV, "default"))
                        .app(Components.VOTING, credentials)
                        .command())
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .contains("-Xmx384m");
    }

    @Test
    void kafkaRunsTheBrokerClasspathWithItsServerProperties() {
        ComponentSpec kafka = components().kafka();

        assertThat(kafka.command())
                .contains("-Xmx512m", "-cp", "/opt/quorum/deploy/kafka-broker/target/lib/*")
                .endsWith("kafka.Kafka", "/var/quorum/kafka/server.properties");
        assertThat(kafka.health()).isEqualTo(new Health.TcpAndLogLine(19092, "Kafka Server started"));
    }

    @Test
    void mongoRunsTheServerJarOnItsPortAndFile() {
        ComponentSpec mongo = components().mongo();

        assertThat(mongo.command())
                .contains("-Xmx256m", "-jar", "/opt/quorum/deploy/mongo-server/target/mongo-server.jar")
                .contains("--host=127.0.0.1", "--port=37017", "--file=/var/quorum/mongo/quorum.mv");
        assertThat(mongo.health()).isEqualTo(new Health.Tcp(37017));
    }

    @Test
    void servicesGetTheirPortAndTheAddressesOfKafkaMongoAndTheKeys() {
        ComponentSpec voting = components().app(Components.VOTING, credentials);

        assertThat(voting.command()).endsWith("-jar", "/opt/quorum/voting-service/target/voting-service.jar");
        assertThat(voting.environment())
                .containsEntry("SERVER_PORT", "18083")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:37017")
                .containsEntry("QUORUM_JWKS_URI", "http://127.0.0.1:18081/.well-known/jwks.json")
                .doesNotContainKeys("QUORUM_ADMIN_PASSWORD", "REGISTRATION_SERVICE_URL");
        assertThat(voting.health())
                .isEqualTo(new Health.Http(URI.create("http://127.0.0.1:18083/actuator/health/readiness")));
    }

    @Test
    void onlyRegistrationGetsTheSecretariatAccount() {
        ComponentSpec registration = components().app(Components.REGISTRATION, credentials);

        assertThat(registration.environment())
                .containsEntry("QUORUM_ADMIN_USERNAME", "secretariat")
                .containsEntry("QUORUM_ADMIN_PASSWORD", "s3cret-pass");
        assertThat(components().apps(credentials))
                .filteredOn(spec -> !spec.name().equals(Components.REGISTRATION))
                .allSatisfy(spec -> assertThat(spec.environment()).doesNotContainKey("QUORUM_ADMIN_PASSWORD"));
    }

    @Test
    void gatewayRoutesToEveryServiceAndReportsHealthOnItsManagementPort() {
        ComponentSpec gateway = components().app(Components.GATEWAY, credentials);

        assertThat(gateway.command()).endsWith("/opt/quorum/gateway/target/gateway.jar");
        assertThat(gateway.environment())
                .containsEntry("SERVER_PORT", "18080")
                .containsEntry("GATEWAY_MANAGEMENT_PORT", "19080")
                .containsEntry("REGISTRATION_SERVICE_URL", "http://127.0.0.1:18081")
                .containsEntry("COMMITTEE_SERVICE_URL", "http://127.0.0.1:18082")
                .containsEntry("VOTING_SERVICE_URL", "http://127.0.0.1:18083")
                .containsEntry("GUIDE_SERVICE_URL", "http://127.0.0.1:18084");
        assertThat(gateway.health()).isEqualTo(new Health.Http(URI.create("http://127.0.0.1:19080/actuator/health")));
    }

    @Test
    void everyAppListensOnLoopbackOnlyAsKafkaAndMongoDo() {
        assertThat(components().apps(credentials))
                .hasSize(5)
                .allSatisfy(app -> assertThat(app.environment()).containsEntry("SERVER_ADDRESS", "127.0.0.1"));
        assertThat(components().app(Components.GATEWAY, credentials).environment())
                .containsEntry("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
    }

    @Test
    void appsStartInOrderAndStopBeforeKafkaWhichStopsBeforeMongo() {
        assertThat(components().apps(credentials))
                .extracting(ComponentSpec::name)
                .containsExactly("registration", "committee", "voting", "guide", "gateway");
        assertThat(Components.STOP_ORDER.get(1)).containsExactly("kafka");
        assertThat(Components.STOP_ORDER.get(2)).containsExactly("mongo");
    }
}
