package dev.quorum.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code $QUORUM_HOME/run/up.lock}, held exclusively by a launcher while it starts, so that two
 * {@code ./quorum up} on the same home cannot race, and shared by each {@code ./quorum restart}, so
 * that a restart never races with an {@code up} that is still starting (restarts of different
 * components may run together). The OS releases it when the process exits, however it exits.
 */
final class UpLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private UpLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static UpLock acquire(Path runDir) {
        return tryAcquire(runDir, false)
                .orElseThrow(() -> new StartupException("Another ./quorum up (or restart) is already running from "
                        + runDir.getParent() + ". See ./quorum status; stop it with ./quorum down."));
    }

    /** A shared hold, or empty while an {@code up} holds the lock exclusively. */
    static Optional<UpLock> tryAcquireShared(Path runDir) {
        return tryAcquire(runDir, true);
    }

    private static Optional<UpLock> tryAcquire(Path runDir, boolean shared) {
        Path file = runDir.resolve("up.lock");
        try {
            Files.createDirectories(runDir);
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, shared);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new UpLock(channel, lock));
        } catch (IOException e) {
            throw new StartupException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0L, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Releases the lock; idempotent. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock when the process exits anyway
        }
    }
}
