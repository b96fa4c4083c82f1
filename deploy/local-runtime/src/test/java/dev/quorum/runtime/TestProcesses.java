package dev.quorum.runtime;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link FakeComponentMain} processes carrying the runtime's markers, and cleans them up. */
final class TestProcesses implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();
    private final List<Path> outputs = new ArrayList<>();

    static List<String> command(String component, Path home, String mode) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                ProcessMarkers.componentArg(component),
                ProcessMarkers.homeArg(home),
                "-cp",
                testClasses().toString(),
                FakeComponentMain.class.getName(),
                mode);
    }

    /**
     * A fake component whose command line shows it is {@code component} of {@code home}, returned
     * once its main has set up (so a "hang" one already ignores SIGTERM).
     */
    ProcessHandle startMarked(String component, Path home, String mode) {
        try {
            Path output = Files.createTempFile("fake-" + component, ".log");
            outputs.add(output);
            Process process = new ProcessBuilder(command(component, home, mode))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            started.add(process);
            ProcessHandle handle = process.toHandle();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> ProcessMarkers.isOurs(handle, component, home)
                            && Files.readString(output).contains("fake component running"));
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
        started.forEach(process -> process.toHandle().onExit().join());
        for (Path output : outputs) {
            try {
                Files.deleteIfExists(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
