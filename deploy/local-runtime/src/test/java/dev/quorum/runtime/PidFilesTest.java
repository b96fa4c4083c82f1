package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path home;

    private final TestProcesses processes = new TestProcesses();

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    private PidFiles pidFiles() {
        return new PidFiles(home.resolve("run"), home);
    }

    @Test
    void findsTheLiveProcessOfItsComponent() {
        ProcessHandle voting = processes.startMarked(Components.VOTING, home, "run");
        pidFiles().write(Components.VOTING, voting.pid());

        assertThat(pidFiles().read(Components.VOTING)).contains(voting.pid());
        assertThat(pidFiles().findOurs(Components.VOTING)).contains(voting);
        assertThat(pidFiles().file(Components.VOTING)).exists();
    }

    @Test
    void processWithoutOurMarkersIsNotOursAndItsPidFileIsRemoved() {
        ProcessHandle self = ProcessHandle.current();
        pidFiles().write(Components.GATEWAY, self.pid());

        assertThat(pidFiles().findOurs(Components.GATEWAY)).isEmpty();
        assertThat(pidFiles().file(Components.GATEWAY)).doesNotExist();
    }

    @Test
    void processOfAnotherComponentOrAnotherHomeIsNotOurs(@TempDir Path otherHome) {
        ProcessHandle guide = processes.startMarked(Components.GUIDE, home, "run");
        ProcessHandle elsewhere = processes.startMarked(Components.KAFKA, otherHome, "run");
        pidFiles().write(Components.COMMITTEE, guide.pid());
        pidFiles().write(Components.KAFKA, elsewhere.pid());

        assertThat(pidFiles().findOurs(Components.COMMITTEE)).isEmpty();
        assertThat(pidFiles().findOurs(Components.KAFKA)).isEmpty();
        assertThat(guide.isAlive()).isTrue();
        assertThat(elsewhere.isAlive()).isTrue();
    }

    @Test
    void pidFileOfAProcessThatIsGoneIsStale() {
        ProcessHandle mongo = processes.startMarked(Components.MONGO, home, "run");
        pidFiles().write(Components.MONGO, mongo.pid());
        mongo.destroyForcibly();
        mongo.onExit().join();

        assertThat(pidFiles().findOurs(Components.MONGO)).isEmpty();
        assertThat(pidFiles().file(Components.MONGO)).doesNotExist();
    }

    @Test
    void unreadablePidFileIsStale() throws IOException {
        Files.createDirectories(home.resolve("run"));
        Files.writeString(pidFiles().file(Components.REGISTRATION), "not a pid\n");

        assertThat(pidFiles().findOurs(Components.REGISTRATION)).isEmpty();
        assertThat(pidFiles().file(Components.REGISTRATION)).doesNotExist();
    }

    @Test
    void noPidFileMeansNothingRuns() {
        assertThat(pidFiles().findOurs(Components.KAFKA)).isEmpty();
    }
}
