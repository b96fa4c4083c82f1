package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthWaiterTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private Running running;

    @AfterEach
    void stopProcess() {
        if (running != null) {
            running.handle().destroyForcibly();
            running.handle().onExit().join();
        }
    }

    @Test
    void reportsEachComponentAsItBecomesHealthy() throws IOException {
        try (ServerSocket listening = new ServerSocket()) {
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            running = launch(Components.VOTING, "run", listening.getLocalPort());

            waiter().awaitHealthy(List.of(running), Duration.ofSeconds(30));
        }

        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("voting", "healthy after", "pid " + running.handle().pid());
        assertThat(new PidFiles(home.resolve("run"), home).findOurs(Components.VOTING))
                .contains(running.handle());
    }

    @Test
    void componentThatExitsWhileStartingFailsTheStartWithItsLog() {
        running = launch(Components.GUIDE, "exit", TestProcesses.freePort());

        assertThatThrownBy(() -> waiter().awaitHealthy(List.of(running), Duration.ofSeconds(60)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("guide exited with code 3 while starting")
                .hasMessageContaining("fake component giving up")
                .hasMessageContaining(home.resolve("logs/guide.log").toString());
    }

    private HealthWaiter waiter() {
        return new HealthWaiter(new HealthChecker(), out);
    }

    private Running launch(String name, String mode, int port) {
        RuntimeSettings settings = TestSettings.settings(home, Map.of(RuntimeSettings.HOME_ENV, home.toString()));
        ComponentSpec spec =
                new ComponentSpec(name, port, TestProcesses.command(name, home, mode), Map.of(), new Health.Tcp(port));
        return new ProcessLauncher(settings, PidFiles.of(settings)).launch(spec);
    }
}
