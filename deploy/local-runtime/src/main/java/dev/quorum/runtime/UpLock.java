package dev.quorum.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code $QUORUM_HOME/run/up.lock}, held by a launcher while it starts (and, in the foreground,
 * while it runs), so that two {@code ./quorum up} on the same home cannot race. The OS releases it
 * when the launcher exits, however it exits.
 */
final class UpLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private UpLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static UpLock acquire(Path runDir) {
        Path file = runDir.resolve("up.lock");
        try {
            Files.createDirectories(runDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StartupException("Another ./quorum up is already running from " + runDir.getParent()
                        + ". See ./quorum status; stop it with ./quorum down.");
            }
            return new UpLock(channel, lock);
        } catch (IOException e) {
            throw new StartupException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock when the process exits anyway
        }
    }
}
