package dev.quorum.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The components one launcher has started: launches them, waits for their health, and stops them
 * in order. Thread-safe, because a Ctrl-C runs {@link #stopAll()} from a shutdown hook while the
 * main thread may still be launching.
 */
final class Supervisor {

    private final RuntimeSettings settings;
    private final PidFiles pidFiles;
    private final ProcessLauncher launcher;
    private final HealthWaiter healthWaiter;
    private final PrintStream out;
    private final List<Running> launched = new ArrayList<>();
    private boolean stopping;

    Supervisor(RuntimeSettings settings, PrintStream out) {
        this.settings = settings;
        this.pidFiles = PidFiles.of(settings);
        this.launcher = new ProcessLauncher(settings, pidFiles);
        this.healthWaiter = new HealthWaiter(new HealthChecker(), out);
        this.out = out;
    }

    synchronized Running launch(ComponentSpec spec) {
        if (stopping) {
            throw new StartupException("Stopping; not starting " + spec.name());
        }
        Running running = launcher.launch(spec);
        launched.add(running);
        return running;
    }

    List<Running> launchAll(List<ComponentSpec> specs) {
        return specs.stream().map(this::launch).toList();
    }

    void awaitHealthy(List<Running> stage, Duration timeout) {
        healthWaiter.awaitHealthy(stage, timeout);
    }

    synchronized List<Running> launched() {
        return List.copyOf(launched);
    }

    /** Stops everything launched, gateway and services first, then Kafka, then Mongo; idempotent. */
    void stopAll() {
        List<Running> toStop;
        synchronized (this) {
            stopping = true;
            toStop = List.copyOf(launched);
            launched.clear();
        }
        Stopper stopper = new Stopper(settings.stopGrace(), out);
        for (List<String> tier : Components.STOP_ORDER) {
            List<Stopper.Target> targets = toStop.stream()
                    .filter(running -> tier.contains(running.name()))
                    .filter(running -> ProcessMarkers.isRunning(running.handle()))
                    .map(running -> new Stopper.Target(running.name(), running.handle()))
                    .toList();
            if (!targets.isEmpty()) {
                stopper.stop(targets);
            }
            toStop.stream()
                    .filter(running -> tier.contains(running.name()))
                    .forEach(running -> pidFiles.delete(running.name()));
        }
    }
}
