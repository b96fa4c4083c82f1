package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a foreground launcher lives with {@code ./quorum restart} replacing one of its components. */
class SupervisorTest {

    private static final Duration EXIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    private final TestProcesses processes = new TestProcesses();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private RuntimeSettings settings;
    private Supervisor supervisor;
    private UpCommand launcher;
    private PidFiles pidFiles;

    @BeforeEach
    void launcher() {
        Map<String, String> env = TestSettings.freePortsEnv(home);
        env.put(RuntimeSettings.STOP_TIMEOUT_ENV, "10");
        settings = TestSettings.settings(home, env);
        UpCommand.createDirectories(settings);
        supervisor = new Supervisor(settings, print(output));
        launcher = new UpCommand(settings, print(output), print(errors));
        pidFiles = PidFiles.of(settings);
    }

    @AfterEach
    void stopProcesses() {
        supervisor.stopAll();
        processes.close();
    }

    @Test
    void aComponentThatDiesIsReportedOnceAndWhenAllAreGoneTheWatchEnds() {
        Running voting = supervisor.launch(fake(Components.VOTING));
        Set<String> reported = new HashSet<>();

        assertThat(launcher.watchOnce(supervisor, reported)).isFalse();
        voting.handle().destroyForcibly();
        assertThat(voting.handle().onExit()).succeedsWithin(EXIT);

        assertThat(launcher.watchOnce(supervisor, reported)).isTrue();
        assertThat(launcher.watchOnce(supervisor, reported)).isTrue();
        assertThat(errors()).containsOnlyOnce("voting exited").contains("./quorum restart voting");
    }

    @Test
    void aRestartUnderWayIsNotReportedAsACrash() throws IOException {
        Running voting = supervisor.launch(fake(Components.VOTING));
        Files.writeString(
                RestartCommand.marker(settings, Components.VOTING),
                ProcessHandle.current().pid() + "\n");

        voting.handle().destroy();
        assertThat(voting.handle().onExit()).succeedsWithin(EXIT);

        assertThat(launcher.watchOnce(supervisor, new HashSet<>())).isFalse();
        assertThat(errors()).isEmpty();
    }

    @Test
    void theRestartedProcessIsTakenOverAndStoppedWithTheRest() {
        Running voting = supervisor.launch(fake(Components.VOTING));
        Running guide = supervisor.launch(fake(Components.GUIDE));
        voting.handle().destroy();
        assertThat(voting.handle().onExit()).succeedsWithin(EXIT);
        ProcessHandle restarted = processes.startMarked(Components.VOTING, home, "run");
        pidFiles.write(Components.VOTING, restarted.pid());

        assertThat(launcher.watchOnce(supervisor, new HashSet<>())).isFalse();

        assertThat(output()).contains("voting was restarted (pid " + restarted.pid() + ")");
        assertThat(errors()).isEmpty();
        assertThat(supervisor.launched()).extracting(Running::handle).containsExactly(restarted, guide.handle());
        supervisor.stopAll();
        assertThat(restarted.onExit()).succeedsWithin(EXIT);
        assertThat(guide.handle().onExit()).succeedsWithin(EXIT);
        assertThat(pidFiles.file(Components.VOTING)).doesNotExist();
        assertThat(pidFiles.file(Components.GUIDE)).doesNotExist();
    }

    @Test
    void ctrlCRightAfterARestartStillStopsTheNewProcess() {
        Running mongo = supervisor.launch(fake(Components.MONGO));
        mongo.handle().destroy();
        assertThat(mongo.handle().onExit()).succeedsWithin(EXIT);
        ProcessHandle restarted = processes.startMarked(Components.MONGO, home, "run");
        pidFiles.write(Components.MONGO, restarted.pid());

        supervisor.stopAll();

        assertThat(restarted.onExit()).succeedsWithin(EXIT);
        assertThat(pidFiles.file(Components.MONGO)).doesNotExist();
    }

    private ComponentSpec fake(String name) {
        int port = settings.ports().of(name);
        return new ComponentSpec(name, port, TestProcesses.command(name, home, "run"), Map.of(), new Health.Tcp(port));
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
