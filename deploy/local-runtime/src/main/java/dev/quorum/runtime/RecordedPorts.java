package dev.quorum.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code $QUORUM_HOME/run/ports.properties}: the ports (and the java) of the last {@code up}, so
 * that {@code status} probes what runs even when its own environment sets other ports, and {@code
 * restart} starts a component exactly where the others expect it.
 */
final class RecordedPorts {

    static final String JAVA = "java";
    static final String JAVA_FEATURE = "java.feature";

    private RecordedPorts() {}

    static Path file(RuntimeSettings settings) {
        return settings.runDir().resolve("ports.properties");
    }

    static void write(RuntimeSettings settings) {
        StringBuilder content = new StringBuilder("# Ports and java of the last ./quorum up from this QUORUM_HOME\n");
        settings.ports()
                .settings()
                .forEach(s ->
                        content.append(s.envVar()).append('=').append(s.port()).append('\n'));
        content.append(JAVA)
                .append('=')
                .append(escape(settings.javaBinary().toString()))
                .append('\n');
        content.append(JAVA_FEATURE)
                .append('=')
                .append(settings.javaFeatureVersion())
                .append('\n');
        try {
            Files.writeString(file(settings), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(settings), e);
        }
    }

    /** The ports of the last up, or the configured ones when nothing was recorded. */
    static Ports read(RuntimeSettings settings) {
        try {
            return recorded(settings).map(RuntimeSettings::ports).orElse(settings.ports());
        } catch (StartupException e) {
            return settings.ports();
        }
    }

    /**
     * The settings of the last up: its ports and (when that JDK is still there) its java; the rest
     * (home, time limits, environment) as given. Empty when Quorum was never started from this home.
     *
     * @throws StartupException when the file exists but cannot be read
     */
    static Optional<RuntimeSettings> recorded(RuntimeSettings settings) {
        return load(settings).map(properties -> {
            Ports ports;
            try {
                ports = ports(properties);
            } catch (StartupException e) {
                throw new StartupException(file(settings) + ": " + e.getMessage(), e);
            }
            Path java = settings.javaBinary();
            int feature = settings.javaFeatureVersion();
            String recordedJava = properties.getProperty(JAVA);
            String recordedFeature = properties.getProperty(JAVA_FEATURE);
            if (recordedJava != null && recordedFeature != null && Files.isExecutable(Path.of(recordedJava))) {
                try {
                    feature = Integer.parseInt(recordedFeature.trim());
                    java = Path.of(recordedJava);
                } catch (NumberFormatException e) {
                    // keep this launcher's java
                }
            }
            return new RuntimeSettings(
                    settings.root(),
                    settings.home(),
                    java,
                    feature,
                    ports,
                    settings.env(),
                    settings.startTimeout(),
                    settings.stopGrace());
        });
    }

    private static Optional<Properties> load(RuntimeSettings settings) {
        Path file = file(settings);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new StartupException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return Optional.of(properties);
    }

    private static Ports ports(Properties properties) {
        Map<String, String> env = new HashMap<>();
        properties.forEach((key, value) -> env.put(key.toString(), value.toString()));
        return Ports.from(env);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
