package dev.quorum.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code restart <name>}: stops one component the way {@code down} does (if it runs from this
 * home), then starts it again with the ports and java of the last {@code up}, the same credentials,
 * markers and log, and waits until it is healthy. The new process outlives this command; its pid
 * file is how {@code down}, {@code status} and a foreground {@code up} find it.
 *
 * <p>While it works, {@code run/<name>.restarting} holds this command's pid, so that a foreground
 * {@code up} does not report the old process's exit as a crash.
 */
final class RestartCommand {

    private final RuntimeSettings settings;
    private final PrintStream out;

    RestartCommand(RuntimeSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    static Path marker(RuntimeSettings settings, String name) {
        return settings.runDir().resolve(name + ".restarting");
    }

    /** Whether a {@code restart} of the component is under way (its marker names a live process). */
    static boolean inProgress(RuntimeSettings settings, String name) {
        try {
            long pid = Long.parseLong(Files.readString(marker(settings, name)).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    int run(String name) {
        if (!Components.ALL.contains(name)) {
            throw new StartupException(
                    "Unknown component '" + name + "'; one of: " + String.join(", ", Components.ALL) + ".");
        }
        RuntimeSettings recorded = RecordedPorts.recorded(settings)
                .orElseThrow(() -> new StartupException("Quorum was never started from " + settings.home()
                        + " (no " + RecordedPorts.file(settings) + "), so there is nothing to restart."
                        + " Start it with ./quorum up."));
        Optional<UpLock> lock = UpLock.tryAcquireShared(settings.runDir());
        if (lock.isEmpty()) {
            throw new StartupException("./quorum up is still starting Quorum from " + settings.home() + "; restart "
                    + name + " once it is up (see ./quorum status).");
        }
        try (UpLock held = lock.get()) {
            writeMarker(name);
            try {
                return restart(recorded, name);
            } finally {
                deleteMarker(name);
            }
        }
    }

    private int restart(RuntimeSettings recorded, String name) {
        long started = System.nanoTime();
        PidFiles pidFiles = PidFiles.of(recorded);
        out.println("Restarting " + name + " from " + recorded.home() + " ...");
        Optional<ProcessHandle> running = pidFiles.findOurs(name);
        if (running.isPresent()) {
            new Stopper(recorded.stopGrace(), out).stop(List.of(new Stopper.Target(name, running.get())));
        } else {
            out.println("  " + name + " is not running; starting it");
        }
        pidFiles.delete(name);

        checkArtifact(recorded, name);
        checkPorts(recorded, name);
        UpCommand.createDirectories(recorded);
        ComponentSpec spec = spec(recorded, name);
        Running restarted = new ProcessLauncher(recorded, pidFiles).launch(spec);
        try {
            new HealthWaiter(new HealthChecker(), out).awaitHealthy(List.of(restarted), recorded.startTimeout());
        } catch (StartupException e) {
            if (ProcessMarkers.isRunning(restarted.handle())) {
                throw new StartupException(e.getMessage() + "\n" + name + " is still running (pid "
                        + restarted.handle().pid() + "): ./quorum status, ./quorum logs " + name
                        + ", ./quorum down.");
            }
            throw e;
        }
        if (!ProcessMarkers.isRunning(restarted.handle())) {
            // A stranger that took the port answered the health check.
            throw HealthWaiter.exitedWhileStarting(restarted);
        }
        out.println(String.format(
                Locale.ROOT,
                "Restarted %s in %.1f s (pid %d, log %s).",
                name,
                (System.nanoTime() - started) / 1e9,
                restarted.handle().pid(),
                restarted.log()));
        return 0;
    }

    private ComponentSpec spec(RuntimeSettings recorded, String name) {
        Components components = new Components(recorded);
        return switch (name) {
            case Components.KAFKA -> {
                UpCommand.prepareKafka(recorded, out);
                yield components.kafka();
            }
            case Components.MONGO -> components.mongo();
            default -> components.app(name, Credentials.forRestart(recorded.env(), recorded.credentialsFile()));
        };
    }

    private static void checkArtifact(RuntimeSettings recorded, String name) {
        Map<String, Path> required = new Components(recorded).requiredArtifacts(List.of(name));
        Path artifact = required.get(name);
        if (!Files.exists(artifact)) {
            throw new StartupException("Cannot restart " + name + ": " + artifact
                    + " is missing. Build with ./mvnw -DskipTests package, or stop everything and run ./quorum up.");
        }
    }

    /** After the stop, the component's ports must be free: anything there is not ours. */
    private static void checkPorts(RuntimeSettings recorded, String name) {
        List<String> taken = recorded.ports().settings().stream()
                .filter(setting ->
                        setting.component().equals(name) || setting.component().startsWith(name + " "))
                .filter(setting -> !PortChecker.isFree(setting.port()))
                .map(setting -> setting.port() + " (" + setting.envVar() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new StartupException("Cannot restart " + name + ": port " + String.join(", ", taken)
                    + " is in use on 127.0.0.1 by a process that is not " + name + " of " + recorded.home()
                    + ". Stop whatever listens there.");
        }
    }

    private void writeMarker(String name) {
        Path file = marker(settings, name);
        try {
            Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private void deleteMarker(String name) {
        try {
            Files.deleteIfExists(marker(settings, name));
        } catch (IOException e) {
            out.println("quorum: cannot delete " + marker(settings, name) + ": " + e.getMessage());
        }
    }
}
