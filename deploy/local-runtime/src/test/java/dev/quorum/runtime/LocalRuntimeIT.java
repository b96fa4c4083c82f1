package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real Kafka broker and Mongo server through the supervisor, twice on the same
 * QUORUM_HOME, restarts each with {@code restart} (Kafka after a crash), and checks that they are
 * healthy, keep their data, and leave no process behind.
 */
class LocalRuntimeIT {

    @TempDir
    Path home;

    private final List<ProcessHandle> started = new ArrayList<>();

    @Test
    void startsKafkaAndMongoKeepsTheirDataAcrossRestartsAndLeavesNoProcess() throws Exception {
        RuntimeSettings settings = settings();

        runInfrastructure(settings, () -> {
            try (Admin admin = admin(settings);
                    MongoClient mongo = mongo(settings)) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .hasSize(1);
                admin.createTopics(List.of(new NewTopic("quorum.it.checks", 3, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(mongo.getDatabase("admin")
                                .runCommand(new Document("ping", 1))
                                .get("ok"))
                        .isEqualTo(1.0);
                checks(mongo).insertOne(new Document("_id", "first-start"));
            }
        });
        assertThat(settings.kafkaDir().resolve("meta.properties")).exists();

        runInfrastructure(settings, () -> {
            try (Admin admin = admin(settings);
                    MongoClient mongo = mongo(settings)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("quorum.it.checks");
                assertThat(checks(mongo).find(Filters.eq("_id", "first-start")).first())
                        .isNotNull();
                checks(mongo).insertOne(new Document("_id", "before-the-restart"));
            }
            RecordedPorts.write(settings); // as up does

            // Kafka crashes; restart starts it again, detached, on the recorded ports.
            ProcessHandle crashed =
                    PidFiles.of(settings).findOurs(Components.KAFKA).orElseThrow();
            crashed.destroyForcibly();
            assertThat(crashed.onExit()).succeedsWithin(Duration.ofSeconds(10));
            assertThat(new RestartCommand(settings, System.out).run(Components.KAFKA))
                    .isZero();
            // Mongo runs; restart stops it with SIGTERM (which commits its store) and starts it again.
            ProcessHandle oldMongo =
                    PidFiles.of(settings).findOurs(Components.MONGO).orElseThrow();
            assertThat(new RestartCommand(settings, System.out).run(Components.MONGO))
                    .isZero();
            assertThat(oldMongo.onExit()).succeedsWithin(Duration.ofSeconds(10));

            ProcessHandle newKafka =
                    PidFiles.of(settings).findOurs(Components.KAFKA).orElseThrow();
            ProcessHandle newMongo =
                    PidFiles.of(settings).findOurs(Components.MONGO).orElseThrow();
            started.add(newKafka);
            started.add(newMongo);
            assertThat(newKafka.pid()).isNotEqualTo(crashed.pid());
            assertThat(newMongo.pid()).isNotEqualTo(oldMongo.pid());
            try (Admin admin = admin(settings);
                    MongoClient mongo = mongo(settings)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("quorum.it.checks");
                assertThat(checks(mongo).find(Filters.in("_id", "first-start", "before-the-restart")))
                        .hasSize(2);
            }
        });

        assertThat(started)
                .hasSize(6)
                .allSatisfy(process -> assertThat(process.onExit()).succeedsWithin(Duration.ofSeconds(10)));
        assertThat(PidFiles.of(settings).file(Components.KAFKA)).doesNotExist();
        assertThat(PidFiles.of(settings).file(Components.MONGO)).doesNotExist();
        assertThat(ProcessHandle.allProcesses())
                .noneMatch(process -> ProcessMarkers.isOurs(process, Components.KAFKA, settings.home())
                        || ProcessMarkers.isOurs(process, Components.MONGO, settings.home()));
    }

    private void runInfrastructure(RuntimeSettings settings, ThrowingRunnable checks) throws Exception {
        Supervisor supervisor = new Supervisor(settings, System.out);
        try {
            List<Running> infrastructure = UpCommand.startInfrastructure(supervisor, settings, System.out);
            infrastructure.forEach(running -> started.add(running.handle()));
            checks.run();
        } finally {
            supervisor.stopAll();
        }
    }

    private RuntimeSettings settings() {
        Map<String, String> env = TestSettings.freePortsEnv(home);
        env.put(RuntimeSettings.START_TIMEOUT_ENV, "60");
        Properties properties = new Properties();
        properties.setProperty("quorum.root", System.getProperty("quorum.root", "../.."));
        return RuntimeSettings.from(env, properties);
    }

    private static Admin admin(RuntimeSettings settings) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + settings.ports().kafka(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000));
    }

    private static MongoClient mongo(RuntimeSettings settings) {
        return MongoClients.create("mongodb://127.0.0.1:" + settings.ports().mongo());
    }

    private static MongoCollection<Document> checks(MongoClient mongo) {
        return mongo.getDatabase("quorum-it").getCollection("checks");
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
