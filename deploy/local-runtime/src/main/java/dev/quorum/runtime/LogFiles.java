package dev.quorum.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The component logs: appended across starts, each start marked by a header line. */
final class LogFiles {

    private LogFiles() {}

    /** Appends a marker line and returns the file length after it: where this start's output begins. */
    static long appendHeader(Path log, String text) {
        String line = "===== " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " quorum: " + text + " =====\n";
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + log, e);
        }
    }

    /** Whether the log, from the offset on, contains the text. */
    static boolean contains(Path log, long offset, String text) {
        return read(log, offset, Long.MAX_VALUE).contains(text);
    }

    /** The last lines of the log written after the offset. */
    static String tail(Path log, long offset, int lines) {
        String content = read(log, offset, 64 * 1024);
        List<String> all = Arrays.asList(content.split("\n", -1));
        int from = Math.max(0, all.size() - lines - 1);
        return all.subList(from, all.size()).stream()
                .filter(line -> !line.isEmpty())
                .map(line -> "    | " + line)
                .collect(Collectors.joining("\n"));
    }

    private static String read(Path log, long offset, long maxBytes) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(offset, length - maxBytes);
            if (start >= length) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - start, Integer.MAX_VALUE - 8)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
