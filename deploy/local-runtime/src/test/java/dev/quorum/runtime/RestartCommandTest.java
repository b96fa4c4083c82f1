package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restart}, with a fake guide service (an HTTP server that is always healthy) as the app. */
class RestartCommandTest {

    private static final Duration EXIT = Duration.ofSeconds(10);

    @TempDir
    Path root;

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private Map<String, String> env;

    @BeforeEach
    void fakeGuideService() throws IOException {
        env = TestSettings.freePortsEnv(home);
        env.put(RuntimeSettings.START_TIMEOUT_ENV, "60");
        env.put(RuntimeSettings.STOP_TIMEOUT_ENV, "10");
        writeFakeAppJar(root.resolve("guide-service/target/guide-service.jar"));
    }

    @AfterEach
    void stopWhatWasStarted() {
        new DownCommand(settings(env), print(new ByteArrayOutputStream())).run();
    }

    @Test
    void refusesWhenQuorumWasNeverStartedFromThisHome() {
        int exit = restart(env, "guide");

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("never started from " + home, "./quorum up");
        assertThat(PidFiles.of(settings(env)).file(Components.GUIDE)).doesNotExist();
    }

    @Test
    void unknownComponentOrMissingNameIsAUsageError() {
        assertThat(restart(env, "postgres")).isEqualTo(2);
        assertThat(errors()).contains("unknown component 'postgres'", "kafka, mongo, registration");
        assertThat(QuorumRuntime.run(List.of("restart"), env, properties(), print(output), print(errors)))
                .isEqualTo(2);
        assertThat(errors()).contains("restart <name>");
    }

    @Test
    void refusesWhileUpIsStillStarting() {
        recordUp(settings(env));

        int exit;
        try (UpLock starting = UpLock.acquire(settings(env).runDir())) {
            exit = restart(env, "guide");
        }

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("still starting", "restart guide once it is up");
        assertThat(PidFiles.of(settings(env)).file(Components.GUIDE)).doesNotExist();
    }

    @Test
    void stopsTheRunningComponentAndStartsItAgainOnTheRecordedPortDetachedAndHealthy() throws IOException {
        RuntimeSettings upSettings = settings(env);
        recordUp(upSettings);
        int guidePort = upSettings.ports().guide();
        PidFiles pidFiles = PidFiles.of(upSettings);

        assertThat(restart(env, "guide")).as(errors()).isZero();
        ProcessHandle first = pidFiles.findOurs(Components.GUIDE).orElseThrow();
        assertThat(output()).contains("guide is not running; starting it", "Restarted guide");

        // Another port in this command's environment changes nothing: the others expect the recorded one.
        Map<String, String> otherPort = new HashMap<>(env);
        otherPort.put(Ports.GUIDE, String.valueOf(TestProcesses.freePort()));
        assertThat(restart(otherPort, "guide")).as(errors()).isZero();

        ProcessHandle second = pidFiles.findOurs(Components.GUIDE).orElseThrow();
        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(first.onExit()).succeedsWithin(EXIT);
        assertThat(output()).contains("guide", "stopped after");
        assertThat(new HealthChecker()
                        .isHealthy(new Health.Http(
                                java.net.URI.create("http://127.0.0.1:" + guidePort + "/actuator/health/readiness"))))
                .isTrue();
        assertThat(Files.readString(upSettings.logFile(Components.GUIDE)))
                .containsSubsequence(
                        "starting guide on 127.0.0.1:" + guidePort,
                        "fake component running",
                        "starting guide on 127.0.0.1:" + guidePort,
                        "fake component running");
        assertThat(RestartCommand.marker(upSettings, Components.GUIDE)).doesNotExist();
        assertThat(ProcessMarkers.isRunning(second)).isTrue();
    }

    @Test
    void aRestartUnderWayIsRecognisedByItsMarker() throws IOException {
        RuntimeSettings settings = settings(env);
        Files.createDirectories(settings.runDir());
        Path marker = RestartCommand.marker(settings, Components.KAFKA);

        assertThat(RestartCommand.inProgress(settings, Components.KAFKA)).isFalse();
        Files.writeString(marker, ProcessHandle.current().pid() + "\n");
        assertThat(RestartCommand.inProgress(settings, Components.KAFKA)).isTrue();
        Files.writeString(marker, "not a pid\n");
        assertThat(RestartCommand.inProgress(settings, Components.KAFKA)).isFalse();
    }

    /** What {@code up} leaves behind for restart: the directories and the ports it used. */
    private static void recordUp(RuntimeSettings settings) {
        UpCommand.createDirectories(settings);
        RecordedPorts.write(settings);
    }

    private int restart(Map<String, String> environment, String name) {
        return QuorumRuntime.run(List.of("restart", name), environment, properties(), print(output), print(errors));
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("quorum.root", root.toString());
        return properties;
    }

    private RuntimeSettings settings(Map<String, String> environment) {
        return TestSettings.settings(root, environment);
    }

    /** A runnable jar of {@link FakeComponentMain}, where the runtime expects the app's jar. */
    private static void writeFakeAppJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeComponentMain.class.getName());
        Path classes = testClasses();
        String packagePath = FakeComponentMain.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path classFile : files.filter(p -> p.getFileName().toString().startsWith("FakeComponentMain"))
                    .toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(FakeComponentMain.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
