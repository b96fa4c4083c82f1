package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpCommandTest {

    @TempDir
    Path root;

    @TempDir
    Path home;

    private final TestProcesses processes = new TestProcesses();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void takenPortIsReportedBeforeAnythingStarts() throws IOException {
        createArtifacts();
        Map<String, String> env = TestSettings.freePortsEnv(home);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            env.put(Ports.GATEWAY, String.valueOf(taken.getLocalPort()));

            int exit = up(env);

            assertThat(exit).isEqualTo(1);
            assertThat(errors())
                    .contains("gateway", "QUORUM_GATEWAY_PORT", String.valueOf(taken.getLocalPort()), "in use");
        }
        assertNothingStarted();
    }

    @Test
    void missingJarsAreNamedBeforeAnythingStarts() throws IOException {
        createArtifacts();
        Files.delete(root.resolve("guide-service/target/guide-service.jar"));

        int exit = up(TestSettings.freePortsEnv(home));

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("guide: " + root.resolve("guide-service/target/guide-service.jar"));
        assertNothingStarted();
    }

    @Test
    void upWhenAlreadyRunningFromTheSameHomeSaysSo() throws IOException {
        createArtifacts();
        ProcessHandle kafka = processes.startMarked(Components.KAFKA, home, "run");
        new PidFiles(home.resolve("run"), home).write(Components.KAFKA, kafka.pid());

        int exit = up(TestSettings.freePortsEnv(home));

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("already running", "kafka (pid " + kafka.pid() + ")", "./quorum down");
        assertThat(kafka.isAlive()).isTrue();
    }

    @Test
    void isRunningTellsTheScriptNotToRebuildUnderARunningQuorum() {
        Properties properties = new Properties();
        properties.setProperty("quorum.root", root.toString());
        Map<String, String> env = Map.of(RuntimeSettings.HOME_ENV, home.toString());

        int nothingRunning = QuorumRuntime.run(List.of("is-running"), env, properties, print(output), print(errors));
        ProcessHandle mongo = processes.startMarked(Components.MONGO, home, "run");
        new PidFiles(home.resolve("run"), home).write(Components.MONGO, mongo.pid());
        int mongoRunning = QuorumRuntime.run(List.of("is-running"), env, properties, print(output), print(errors));

        assertThat(nothingRunning).isEqualTo(1);
        assertThat(mongoRunning).isZero();
        assertThat(errors()).contains("already running", "mongo (pid " + mongo.pid() + ")");
    }

    @Test
    void unknownCommandShowsUsage() {
        int exit = QuorumRuntime.run(List.of("reboot"), Map.of(), new Properties(), print(output), print(errors));

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("Usage: ./quorum up [--detach] | down | status | restart <name> | logs [name]");
    }

    private int up(Map<String, String> env) {
        Properties properties = new Properties();
        properties.setProperty("quorum.root", root.toString());
        return QuorumRuntime.run(List.of("up", "--detach"), env, properties, print(output), print(errors));
    }

    private void createArtifacts() throws IOException {
        Files.createDirectories(root.resolve("deploy/kafka-broker/target/lib"));
        Files.createDirectories(root.resolve("deploy/mongo-server/target"));
        Files.createFile(root.resolve("deploy/mongo-server/target/mongo-server.jar"));
        for (String app : Components.APPS) {
            String module = Components.module(app);
            Files.createDirectories(root.resolve(module).resolve("target"));
            Files.createFile(root.resolve(module).resolve("target").resolve(module + ".jar"));
        }
    }

    private void assertNothingStarted() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .noneMatch(
                            name -> name.endsWith(".pid") || name.endsWith(".log") || name.equals("meta.properties"));
        }
    }

    private String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
