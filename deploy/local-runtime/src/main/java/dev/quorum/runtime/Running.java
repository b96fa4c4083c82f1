package dev.quorum.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A component this launcher started: its process, and where in its log this start's output begins.
 *
 * @param process the {@link Process} when this JVM is the parent (for its exit code), else empty
 */
record Running(
        ComponentSpec spec,
        ProcessHandle handle,
        Optional<Process> process,
        Path log,
        long logOffset,
        long startedNanos) {

    String name() {
        return spec.name();
    }

    String exitDescription() {
        return process.filter(p -> !p.isAlive())
                .map(p -> "exited with code " + p.exitValue())
                .orElse("exited");
    }
}
