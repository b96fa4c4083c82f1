package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopperTest {

    /** A stopped child is gone once this JVM has reaped it, which may take a moment. */
    private static final Duration EXIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    private final TestProcesses processes = new TestProcesses();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void terminatesAGroupTogether() {
        ProcessHandle voting = processes.startMarked(Components.VOTING, home, "run");
        ProcessHandle guide = processes.startMarked(Components.GUIDE, home, "run");

        List<String> killed = new Stopper(Duration.ofSeconds(20), out)
                .stop(List.of(new Stopper.Target("voting", voting), new Stopper.Target("guide", guide)));

        assertThat(killed).isEmpty();
        assertThat(voting.onExit()).succeedsWithin(EXIT);
        assertThat(guide.onExit()).succeedsWithin(EXIT);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("voting", "guide", "stopped");
    }

    @Test
    void killsWhatIgnoresTheTerminationSignal() {
        ProcessHandle stubborn = processes.startMarked(Components.KAFKA, home, "hang");

        List<String> killed =
                new Stopper(Duration.ofSeconds(1), out).stop(List.of(new Stopper.Target("kafka", stubborn)));

        assertThat(killed).containsExactly("kafka");
        assertThat(stubborn.onExit()).succeedsWithin(EXIT);
    }

    @Test
    void downStopsOursAndNeverSignalsAProcessThatIsNotOurs(@TempDir Path otherHome) {
        ProcessHandle ours = processes.startMarked(Components.MONGO, home, "run");
        ProcessHandle notOurs = processes.startMarked(Components.GATEWAY, otherHome, "run");
        PidFiles pidFiles = new PidFiles(home.resolve("run"), home);
        pidFiles.write(Components.MONGO, ours.pid());
        pidFiles.write(Components.GATEWAY, notOurs.pid());
        pidFiles.write(Components.KAFKA, ProcessHandle.current().pid());

        int exit = new DownCommand(settings(), out).run();

        assertThat(exit).isZero();
        assertThat(ours.onExit()).succeedsWithin(EXIT);
        assertThat(notOurs.isAlive()).isTrue();
        assertThat(pidFiles.file(Components.MONGO)).doesNotExist();
        assertThat(pidFiles.file(Components.GATEWAY)).doesNotExist();
        assertThat(pidFiles.file(Components.KAFKA)).doesNotExist();
    }

    @Test
    void downWithNothingRunningSaysSo() {
        int exit = new DownCommand(settings(), out).run();

        assertThat(exit).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Nothing is running");
    }

    private RuntimeSettings settings() {
        Properties properties = new Properties();
        properties.setProperty("quorum.root", home.toString());
        return RuntimeSettings.from(Map.of(RuntimeSettings.HOME_ENV, home.toString()), properties);
    }
}
