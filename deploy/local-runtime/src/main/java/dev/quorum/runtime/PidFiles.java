package dev.quorum.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code $QUORUM_HOME/run/<name>.pid}: one pid per line-terminated file. A pid file whose process is
 * gone, or is no longer ours, is stale and gets removed when found.
 */
final class PidFiles {

    private final Path runDir;
    private final Path home;

    PidFiles(Path runDir, Path home) {
        this.runDir = runDir;
        this.home = home;
    }

    static PidFiles of(RuntimeSettings settings) {
        return new PidFiles(settings.runDir(), settings.home());
    }

    Path file(String name) {
        return runDir.resolve(name + ".pid");
    }

    void write(String name, long pid) {
        Path file = file(name);
        try {
            Files.createDirectories(runDir);
            Path temp = Files.createTempFile(runDir, name, ".tmp");
            Files.writeString(temp, pid + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    Optional<Long> read(String name) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file(name)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live process of the component started from this home, or empty (removing a stale pid file). */
    Optional<ProcessHandle> findOurs(String name) {
        if (!Files.exists(file(name))) {
            return Optional.empty();
        }
        Optional<Long> pid = read(name);
        Optional<ProcessHandle> ours =
                pid.flatMap(ProcessHandle::of).filter(process -> ProcessMarkers.isOurs(process, name, home));
        if (ours.isEmpty() && read(name).equals(pid)) {
            // Unless a restart has just written a new pid there.
            delete(name);
        }
        return ours;
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(name), e);
        }
    }
}
