package dev.quorum.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * Takes over the process that {@code ./quorum restart} started in place of a launched component
     * that has exited: its pid file now names another live process of ours. Empty when there is none
     * (or everything is being stopped).
     */
    synchronized Optional<Running> adoptRestarted(Running exited) {
        int index = launched.indexOf(exited);
        if (stopping || index < 0) {
            return Optional.empty();
        }
        Optional<Running> adopted = restartedInstead(exited)
                .map(process -> new Running(
                        exited.spec(), process, Optional.empty(), exited.log(), exited.logOffset(), System.nanoTime()));
        adopted.ifPresent(running -> launched.set(index, running));
        return adopted;
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
            List<Stopper.Target> targets = new ArrayList<>();
            for (Running running : toStop) {
                if (!tier.contains(running.name())) {
                    continue;
                }
                if (ProcessMarkers.isRunning(running.handle())) {
                    targets.add(new Stopper.Target(running.name(), running.handle()));
                } else {
                    // Restarted by ./quorum restart since the last look of the watch loop.
                    restartedInstead(running)
                            .ifPresent(process -> targets.add(new Stopper.Target(running.name(), process)));
                }
            }
            if (!targets.isEmpty()) {
                stopper.stop(targets);
            }
            // Removes the pid files of what was stopped (findOurs drops a pid file whose process is gone).
            toStop.stream()
                    .filter(running -> tier.contains(running.name()))
                    .forEach(running -> pidFiles.findOurs(running.name()));
        }
    }

    private Optional<ProcessHandle> restartedInstead(Running exited) {
        return pidFiles.findOurs(exited.name())
                .filter(process -> process.pid() != exited.handle().pid());
    }
}
