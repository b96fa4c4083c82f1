package dev.quorum.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Waits until every component of a stage is healthy, printing one line per component as it gets
 * there; fails as soon as one exits, or when the stage takes longer than the timeout.
 */
final class HealthWaiter {

    private static final long POLL_MILLIS = 200;

    private final HealthChecker checker;
    private final PrintStream out;

    HealthWaiter(HealthChecker checker, PrintStream out) {
        this.checker = checker;
        this.out = out;
    }

    void awaitHealthy(List<Running> stage, Duration timeout) {
        List<Running> waiting = new ArrayList<>(stage);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (Running running : List.copyOf(waiting)) {
                if (!ProcessMarkers.isRunning(running.handle())) {
                    throw exitedWhileStarting(running);
                }
                if (checker.isHealthy(running)) {
                    waiting.remove(running);
                    out.println(progressLine(running));
                }
            }
            if (!waiting.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new StartupException(notHealthyMessage(waiting, timeout));
                }
                pause();
            }
        }
    }

    static StartupException exitedWhileStarting(Running running) {
        return new StartupException(running.name() + " " + running.exitDescription() + " while starting."
                + " Last lines of its log:\n" + LogFiles.tail(running.log(), running.logOffset(), 20)
                + "\nFull log: " + running.log());
    }

    private static String progressLine(Running running) {
        double seconds = (System.nanoTime() - running.startedNanos()) / 1e9;
        return String.format(
                Locale.ROOT,
                "  %-13s healthy after %5.1f s   127.0.0.1:%-5d  pid %d",
                running.name(),
                seconds,
                running.spec().port(),
                running.handle().pid());
    }

    private static String notHealthyMessage(List<Running> waiting, Duration timeout) {
        return waiting.stream().map(Running::name).collect(Collectors.joining(", "))
                + " not healthy after " + timeout.toSeconds()
                + " s (set QUORUM_START_TIMEOUT=<seconds> to wait longer)."
                + waiting.stream()
                        .map(r -> "\n" + r.name() + ": " + r.log() + "\n" + LogFiles.tail(r.log(), r.logOffset(), 10))
                        .collect(Collectors.joining());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for health", e);
        }
    }
}
