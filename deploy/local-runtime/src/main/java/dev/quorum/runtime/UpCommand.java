package dev.quorum.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * {@code up [--detach]}: checks, then starts Mongo and Kafka, then the services and the gateway,
 * each stage once the previous one is healthy. In the foreground it stays until Ctrl-C, whose
 * shutdown hook stops everything in order; detached it returns once all is healthy.
 */
final class UpCommand {

    static final String LAUNCHER = "launcher";
    private static final long WATCH_MILLIS = 1000;

    private final RuntimeSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final PidFiles pidFiles;
    private final Components components;
    private final AtomicBoolean shuttingDown = new AtomicBoolean();

    UpCommand(RuntimeSettings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.pidFiles = PidFiles.of(settings);
        this.components = new Components(settings);
    }

    int run(boolean detach) {
        long started = System.nanoTime();
        createDirectories(settings);
        UpLock lock = UpLock.acquire(settings.runDir());
        try {
            checkNotRunning();
            checkArtifacts();
            checkPorts();
            Credentials credentials =
                    Credentials.resolve(settings.env(), settings.credentialsFile(), new SecureRandom());

            out.println("Starting Quorum from " + settings.home() + " (java " + settings.javaFeatureVersion() + ")");
            Supervisor supervisor = new Supervisor(settings, out);
            Thread hook = new Thread(() -> stopOnShutdown(supervisor), "quorum-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            pidFiles.write(LAUNCHER, ProcessHandle.current().pid());
            try {
                start(supervisor, credentials);
            } catch (StartupException e) {
                if (shuttingDown.get()) {
                    return 130;
                }
                err.println("quorum: " + e.getMessage());
                err.println("Stopping what was started ...");
                removeHook(hook);
                supervisor.stopAll();
                pidFiles.delete(LAUNCHER);
                return 1;
            }
            Banner.print(out, settings, credentials, (System.nanoTime() - started) / 1e9, detach);
            if (detach) {
                removeHook(hook);
                pidFiles.delete(LAUNCHER);
                return 0;
            }
            // Started: from now on the pid files keep a second up out, and ./quorum restart may run.
            lock.close();
            watch(supervisor);
            return 0;
        } finally {
            lock.close();
        }
    }

    /** Returns false when a shutdown has already begun (the hook then does the stopping). */
    private static boolean removeHook(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            return false;
        }
    }

    private void start(Supervisor supervisor, Credentials credentials) {
        out.println("Starting kafka and mongo ...");
        startInfrastructure(supervisor, settings, out);

        out.println("Starting " + String.join(", ", Components.APPS) + " ...");
        List<Running> apps = supervisor.launchAll(components.apps(credentials));
        supervisor.awaitHealthy(apps, settings.startTimeout());
        checkStillRunning(supervisor);
    }

    /**
     * A health check can be answered by a stranger that grabbed the port after the port check; the
     * component then dies on its bind. Catch that before reporting success.
     */
    private static void checkStillRunning(Supervisor supervisor) {
        for (Running running : supervisor.launched()) {
            if (!ProcessMarkers.isRunning(running.handle())) {
                throw HealthWaiter.exitedWhileStarting(running);
            }
        }
    }

    /** Mongo, then (after a first-start format of its storage) Kafka; returns once both are healthy. */
    static List<Running> startInfrastructure(Supervisor supervisor, RuntimeSettings settings, PrintStream out) {
        createDirectories(settings);
        Components components = new Components(settings);
        Running mongo = supervisor.launch(components.mongo());
        prepareKafka(settings, out);
        Running kafka = supervisor.launch(components.kafka());
        List<Running> infrastructure = List.of(mongo, kafka);
        supervisor.awaitHealthy(infrastructure, settings.startTimeout());
        return infrastructure;
    }

    /** The broker's configuration from the current ports, and on a first start the format of its storage. */
    static void prepareKafka(RuntimeSettings settings, PrintStream out) {
        KafkaStorage storage = new KafkaStorage(settings);
        storage.writeServerProperties();
        if (!storage.isFormatted()) {
            out.println("  formatting Kafka storage in " + settings.kafkaDir() + " (first start)");
            storage.format(ClusterId.generate(new SecureRandom()));
        }
    }

    /** Until Ctrl-C: reports components that die, and returns once none is left (e.g. after ./quorum down). */
    private void watch(Supervisor supervisor) {
        Set<String> reported = new HashSet<>();
        while (true) {
            if (shuttingDown.get()) {
                // The shutdown hook stops everything; the JVM halts when it is done.
                pause();
                continue;
            }
            if (watchOnce(supervisor, reported) && !shuttingDown.get()) {
                out.println("All components have stopped.");
                pidFiles.delete(LAUNCHER);
                return;
            }
            pause();
        }
    }

    /**
     * One look at the launched components: a component that {@code ./quorum restart} is replacing
     * is left alone, one it has replaced is taken over (so that Ctrl-C stops the new process), and
     * any other that died is reported once.
     *
     * @return whether every component has stopped
     */
    boolean watchOnce(Supervisor supervisor, Set<String> reported) {
        List<Running> launched = supervisor.launched();
        int stopped = 0;
        for (Running running : launched) {
            String name = running.name();
            if (ProcessMarkers.isRunning(running.handle()) || RestartCommand.inProgress(settings, name)) {
                continue;
            }
            Optional<Running> restarted = supervisor.adoptRestarted(running);
            if (restarted.isPresent()) {
                reported.remove(name);
                out.println("quorum: " + name + " was restarted (pid "
                        + restarted.get().handle().pid() + ")");
                continue;
            }
            stopped++;
            if (reported.add(name) && !shuttingDown.get()) {
                err.println("quorum: " + name + " " + running.exitDescription() + "; see " + running.log()
                        + " (./quorum restart " + name + " starts it again)");
            }
        }
        return !launched.isEmpty() && stopped == launched.size();
    }

    private static void pause() {
        try {
            Thread.sleep(WATCH_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted", e);
        }
    }

    private void stopOnShutdown(Supervisor supervisor) {
        shuttingDown.set(true);
        out.println();
        out.println("Stopping Quorum ...");
        try {
            supervisor.stopAll();
            out.println("Stopped.");
        } catch (RuntimeException e) {
            err.println("quorum: " + e.getMessage());
        } finally {
            pidFiles.delete(LAUNCHER);
            out.flush();
        }
    }

    static void createDirectories(RuntimeSettings settings) {
        try {
            for (Path dir : List.of(
                    settings.home(),
                    settings.logsDir(),
                    settings.runDir(),
                    settings.kafkaDir(),
                    settings.mongoFile().getParent())) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directories of " + settings.home(), e);
        }
    }

    private void checkNotRunning() {
        alreadyRunning(settings).ifPresent(message -> {
            throw new StartupException(message);
        });
    }

    /** Why a new {@code up} must not start: what already runs from this home, if anything. */
    static Optional<String> alreadyRunning(RuntimeSettings settings) {
        PidFiles pidFiles = PidFiles.of(settings);
        List<String> running = new ArrayList<>();
        for (String name : Components.ALL) {
            pidFiles.findOurs(name).ifPresent(process -> running.add(name + " (pid " + process.pid() + ")"));
        }
        pidFiles.findOurs(LAUNCHER).ifPresent(process -> running.add("a launcher (pid " + process.pid() + ")"));
        if (running.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Quorum is already running from " + settings.home() + ": " + String.join(", ", running)
                + ".\nSee ./quorum status; stop it with ./quorum down.");
    }

    private void checkArtifacts() {
        Map<String, Path> required = components.requiredArtifacts(Components.ALL);
        String missing = required.entrySet().stream()
                .filter(entry -> !Files.exists(entry.getValue()))
                .map(entry -> "  " + entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        if (!missing.isEmpty()) {
            throw new StartupException("Not built yet:\n" + missing
                    + "\nBuild with ./mvnw -DskipTests package (./quorum up does it for you).");
        }
    }

    private void checkPorts() {
        List<String> problems = PortChecker.problems(settings.ports().settings());
        if (!problems.isEmpty()) {
            throw new StartupException("Cannot start: " + String.join("\n", problems));
        }
        RecordedPorts.write(settings);
    }
}
