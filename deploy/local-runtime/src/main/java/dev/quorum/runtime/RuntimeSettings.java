package dev.quorum.runtime;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where the runtime finds the built jars ({@code root}), where it keeps data and logs ({@code
 * home}), which java runs the children, the ports and the time limits.
 */
record RuntimeSettings(
        Path root,
        Path home,
        Path javaBinary,
        int javaFeatureVersion,
        Ports ports,
        Map<String, String> env,
        Duration startTimeout,
        Duration stopGrace) {

    static final String HOME_ENV = "QUORUM_HOME";
    static final String START_TIMEOUT_ENV = "QUORUM_START_TIMEOUT";
    static final String STOP_TIMEOUT_ENV = "QUORUM_STOP_TIMEOUT";

    /** Reads the settings of this launcher: {@code quorum.root}/{@code quorum.home} system properties win over the environment. */
    static RuntimeSettings from(Map<String, String> env, Properties systemProperties) {
        Path root = root(env, systemProperties);
        String homeValue = firstNonBlank(systemProperties.getProperty("quorum.home"), env.get(HOME_ENV));
        Path home = homeValue == null ? root.resolve(".quorum") : Path.of(homeValue);
        return new RuntimeSettings(
                root.toAbsolutePath().normalize(),
                home.toAbsolutePath().normalize(),
                Path.of(System.getProperty("java.home"), "bin", "java"),
                Runtime.version().feature(),
                Ports.from(env),
                Map.copyOf(env),
                seconds(env, START_TIMEOUT_ENV, 180),
                seconds(env, STOP_TIMEOUT_ENV, 20));
    }

    Path logsDir() {
        return home.resolve("logs");
    }

    Path runDir() {
        return home.resolve("run");
    }

    Path kafkaDir() {
        return home.resolve("kafka");
    }

    Path mongoFile() {
        return home.resolve("mongo").resolve("quorum.mv");
    }

    Path credentialsFile() {
        return home.resolve("secretariat.credentials");
    }

    Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    Path kafkaLibDir() {
        return root.resolve("deploy/kafka-broker/target/lib");
    }

    Path kafkaLog4jConfig(boolean tools) {
        return root.resolve("deploy/kafka-broker/target/classes/log4j2-" + (tools ? "tools" : "broker") + ".xml");
    }

    Path mongoJar() {
        return root.resolve("deploy/mongo-server/target/mongo-server.jar");
    }

    Path appJar(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    private static Path root(Map<String, String> env, Properties systemProperties) {
        String explicit = firstNonBlank(systemProperties.getProperty("quorum.root"), env.get("QUORUM_ROOT"));
        if (explicit != null) {
            return Path.of(explicit);
        }
        // deploy/local-runtime/target/local-runtime.jar (or target/classes) -> the repository root
        try {
            Path location = Path.of(RuntimeSettings.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path candidate = location.getParent().getParent().getParent().getParent();
            if (Files.exists(candidate.resolve("deploy/local-runtime"))) {
                return candidate;
            }
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            // fall back to the working directory
        }
        return Path.of("");
    }

    private static Duration seconds(Map<String, String> env, String name, int defaultSeconds) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(name + "=" + value + " is not a number of seconds.");
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
