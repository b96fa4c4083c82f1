package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaStorageTest {

    @TempDir
    Path home;

    private final Path root = Path.of("/opt/quorum");

    private KafkaStorage storage() {
        return new KafkaStorage(TestSettings.settings(
                root,
                Map.of(
                        RuntimeSettings.HOME_ENV, home.toString(),
                        Ports.KAFKA, "19092",
                        Ports.KAFKA_CONTROLLER, "19093")));
    }

    @Test
    void configuresOneCombinedBrokerAndControllerOnLoopback() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(storage().serverProperties()));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
                .containsEntry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")
                .containsEntry("log.dirs", home.resolve("kafka").toString())
                .containsEntry("num.partitions", "12")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
        assertThat(properties).doesNotContainKey("controller.quorum.voters");
    }

    @Test
    void writesTheFileIntoTheLogDirectoryOnEveryStart() throws IOException {
        Path file = storage().writeServerProperties();

        assertThat(file).isEqualTo(home.resolve("kafka/server.properties"));
        assertThat(Files.readString(file)).isEqualTo(storage().serverProperties());
    }

    @Test
    void formatsAStandaloneControllerQuorumWithTheClusterId() {
        assertThat(storage().formatCommand("MkU3OEVBNTcwNTJENDM2Qk"))
                .containsSubsequence(
                        "kafka.tools.StorageTool",
                        "format",
                        "--standalone",
                        "-t",
                        "MkU3OEVBNTcwNTJENDM2Qk",
                        "-c",
                        home.resolve("kafka/server.properties").toString())
                .contains("-Dlog4j2.configurationFile="
                        + root.resolve("deploy/kafka-broker/target/classes/log4j2-tools.xml"))
                .contains(root.resolve("deploy/kafka-broker/target/lib/*").toString());
    }

    @Test
    void isFormattedOnceMetaPropertiesExists() throws IOException {
        assertThat(storage().isFormatted()).isFalse();

        Files.createDirectories(home.resolve("kafka"));
        Files.writeString(home.resolve("kafka/meta.properties"), "cluster.id=x\n");

        assertThat(storage().isFormatted()).isTrue();
    }
}
