package dev.quorum.runtime;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stops a group of processes together: SIGTERM to all, a grace period for them to exit, then
 * SIGKILL to whatever is left. Only processes passed in are signalled: the caller has checked they
 * are ours.
 */
final class Stopper {

    /** A process to stop, by component name. */
    record Target(String name, ProcessHandle handle) {}

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final Duration grace;
    private final PrintStream out;

    Stopper(Duration grace, PrintStream out) {
        this.grace = grace;
        this.out = out;
    }

    /** Returns the names of the targets that had to be killed. */
    List<String> stop(List<Target> targets) {
        long started = System.nanoTime();
        targets.forEach(target -> target.handle().destroy());
        List<Target> remaining = awaitExit(targets, grace);
        List<String> killed = new ArrayList<>();
        for (Target target : remaining) {
            out.println("  " + target.name() + " did not stop within " + grace.toSeconds() + " s; killing pid "
                    + target.handle().pid());
            target.handle().destroyForcibly();
            killed.add(target.name());
        }
        List<Target> survivors = awaitExit(remaining, KILL_WAIT);
        for (Target target : targets) {
            if (!survivors.contains(target)) {
                out.println(String.format(
                        Locale.ROOT,
                        "  %-13s stopped after %4.1f s",
                        target.name(),
                        (System.nanoTime() - started) / 1e9));
            }
        }
        if (!survivors.isEmpty()) {
            throw new StartupException("Could not stop "
                    + survivors.stream()
                            .map(t -> t.name() + " (pid " + t.handle().pid() + ")")
                            .toList());
        }
        return killed;
    }

    private static List<Target> awaitExit(List<Target> targets, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Target> alive = new ArrayList<>(targets);
        while (true) {
            alive.removeIf(target -> !ProcessMarkers.isRunning(target.handle()));
            if (alive.isEmpty() || System.nanoTime() > deadline) {
                return alive;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return alive;
            }
        }
    }
}
