package dev.quorum.runtime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The broker's configuration (rewritten on every start from the current ports) and the one-time
 * KRaft storage format of its log directory.
 */
final class KafkaStorage {

    private final RuntimeSettings settings;

    KafkaStorage(RuntimeSettings settings) {
        this.settings = settings;
    }

    static Path serverPropertiesFile(RuntimeSettings settings) {
        return settings.kafkaDir().resolve("server.properties");
    }

    /** A single combined broker+controller on loopback; everything replicated once. */
    String serverProperties() {
        int port = settings.ports().kafka();
        int controllerPort = settings.ports().kafkaController();
        return String.join(
                "\n",
                "# Written by ./quorum up on every start from QUORUM_KAFKA_PORT and QUORUM_KAFKA_CONTROLLER_PORT.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + escape(settings.kafkaDir().toString()),
                "num.partitions=12",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "# The services create their topics (and partition counts) themselves, retrying until they exist.",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    Path writeServerProperties() {
        Path file = serverPropertiesFile(settings);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, serverProperties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /** A formatted log directory has meta.properties; formatting again would fail (or lose data). */
    boolean isFormatted() {
        return Files.exists(settings.kafkaDir().resolve("meta.properties"));
    }

    List<String> formatCommand(String clusterId) {
        List<String> command = new ArrayList<>();
        command.add(settings.javaBinary().toString());
        command.add("-Xmx256m");
        // The tool prints its result on stdout; its logging goes to stderr (see log4j2-tools.xml).
        command.add("-Dlog4j2.configurationFile=" + settings.kafkaLog4jConfig(true));
        command.add("-cp");
        command.add(settings.kafkaLibDir().resolve("*").toString());
        command.add("kafka.tools.StorageTool");
        command.add("format");
        command.add("--standalone");
        command.add("-t");
        command.add(clusterId);
        command.add("-c");
        command.add(serverPropertiesFile(settings).toString());
        return command;
    }

    /** Runs {@code StorageTool format}, its output appended to the Kafka log. */
    void format(String clusterId) {
        Path log = settings.logFile(Components.KAFKA);
        LogFiles.appendHeader(
                log, "formatting KRaft storage in " + settings.kafkaDir() + " (cluster id " + clusterId + ")");
        ProcessBuilder builder = new ProcessBuilder(formatCommand(clusterId))
                .directory(settings.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new StartupException("Formatting Kafka storage took over 120 s; see " + log);
            }
            if (process.exitValue() != 0 || !isFormatted()) {
                throw new StartupException("Formatting Kafka storage failed (exit " + process.exitValue() + "):\n"
                        + LogFiles.tail(log, 0, 15) + "\nFull log: " + log);
            }
        } catch (IOException e) {
            throw new StartupException("Cannot run " + settings.javaBinary() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while formatting Kafka storage", e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
