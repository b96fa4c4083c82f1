package dev.quorum.runtime;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code down}: stops everything started from this QUORUM_HOME. A foreground launcher is asked
 * first (its shutdown hook stops its components in order); then whatever is left is stopped tier by
 * tier: gateway and services, Kafka, Mongo.
 */
final class DownCommand {

    private final RuntimeSettings settings;
    private final PrintStream out;

    DownCommand(RuntimeSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run() {
        if (!Files.isDirectory(settings.runDir())) {
            out.println("Nothing is running from " + settings.home() + ".");
            return 0;
        }
        PidFiles pidFiles = PidFiles.of(settings);
        Optional<ProcessHandle> launcher = pidFiles.findOurs(UpCommand.LAUNCHER);
        List<String> running = Components.ALL.stream()
                .filter(name -> pidFiles.findOurs(name).isPresent())
                .toList();
        if (launcher.isEmpty() && running.isEmpty()) {
            out.println("Nothing is running from " + settings.home() + ".");
            return 0;
        }
        out.println("Stopping Quorum from " + settings.home() + " ...");
        Stopper stopper = new Stopper(settings.stopGrace(), out);
        launcher.ifPresent(process -> {
            // Its own shutdown hook stops up to three tiers, each within the grace period.
            Duration patience = settings.stopGrace().multipliedBy(3).plusSeconds(30);
            new Stopper(patience, out).stop(List.of(new Stopper.Target("launcher", process)));
        });
        for (List<String> tier : Components.STOP_ORDER) {
            List<Stopper.Target> targets = new ArrayList<>();
            for (String name : tier) {
                pidFiles.findOurs(name).ifPresent(process -> targets.add(new Stopper.Target(name, process)));
            }
            if (!targets.isEmpty()) {
                stopper.stop(targets);
            }
            tier.forEach(pidFiles::delete);
        }
        pidFiles.delete(UpCommand.LAUNCHER);
        out.println("Stopped.");
        return 0;
    }
}
