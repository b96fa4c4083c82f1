package dev.quorum.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code $QUORUM_HOME/run/ports.properties}: the ports of the last {@code up}, so that {@code
 * status} probes what runs even when its own environment sets other ports.
 */
final class RecordedPorts {

    private RecordedPorts() {}

    static Path file(RuntimeSettings settings) {
        return settings.runDir().resolve("ports.properties");
    }

    static void write(RuntimeSettings settings) {
        StringBuilder content = new StringBuilder("# Ports of the last ./quorum up from this QUORUM_HOME\n");
        settings.ports()
                .settings()
                .forEach(s ->
                        content.append(s.envVar()).append('=').append(s.port()).append('\n'));
        try {
            Files.writeString(file(settings), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(settings), e);
        }
    }

    /** The ports of the last up, or the configured ones when nothing was recorded. */
    static Ports read(RuntimeSettings settings) {
        Path file = file(settings);
        if (!Files.exists(file)) {
            return settings.ports();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return settings.ports();
        }
        Map<String, String> env = new HashMap<>();
        properties.forEach((key, value) -> env.put(key.toString(), value.toString()));
        try {
            return Ports.from(env);
        } catch (StartupException e) {
            return settings.ports();
        }
    }
}
