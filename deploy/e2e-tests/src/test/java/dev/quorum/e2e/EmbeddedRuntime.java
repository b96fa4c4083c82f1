package dev.quorum.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Drives the embedded runtime exactly as {@code ./quorum} does, from the jars this build produced,
 * on free ports and in a data directory of its own, so it never collides with a developer's
 * running {@code ./quorum up}.
 */
final class EmbeddedRuntime {
    static final String ADMIN_USERNAME = "secretariat";
    static final String ADMIN_PASSWORD = "e2e-" + java.util.UUID.randomUUID();

    private final Path root;
    private final Path home;
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    EmbeddedRuntime(Path home) {
        this.root = Path.of("..", "..").toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        for (String name : List.of(
                "GATEWAY",
                "GATEWAY_MANAGEMENT",
                "REGISTRATION",
                "COMMITTEE",
                "VOTING",
                "GUIDE",
                "KAFKA",
                "KAFKA_CONTROLLER",
                "MONGO")) {
            ports.put(name, freePort());
        }
    }

    Path home() {
        return home;
    }

    int port(String name) {
        return ports.get(name);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + port("GATEWAY");
    }

    /** Where the gateway serves health and metrics: its management port, which nothing routes to. */
    String gatewayManagementUrl() {
        return "http://127.0.0.1:" + port("GATEWAY_MANAGEMENT");
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + port("MONGO");
    }

    /**
     * The live process of a component ({@code kafka}, {@code registration}, ...), found the way
     * {@code down} finds it: the pid in {@code run/<name>.pid}, and only if its command line carries
     * this runtime's markers for that component.
     */
    ProcessHandle component(String name) {
        long pid;
        try {
            pid = Long.parseLong(
                    Files.readString(home.resolve("run").resolve(name + ".pid")).trim());
        } catch (IOException e) {
            throw new AssertionError("no pid file for " + name + ": " + e);
        }
        ProcessHandle process =
                ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " (pid " + pid + ") is not running"));
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        if (!arguments.contains("-Dquorum.component=" + name) || !arguments.contains("-Dquorum.home=" + home)) {
            throw new AssertionError("pid " + pid + " is not " + name + " of " + home + ": " + arguments);
        }
        return process;
    }

    /** A crash: SIGKILL to the component's process, returning once it is gone. */
    void kill(String name) {
        ProcessHandle process = component(name);
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(name + " (pid " + process.pid() + ") did not die from SIGKILL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a runtime command ({@code up --detach}, {@code down}, {@code status}, {@code restart
     * <name>}) and returns its exit code; its output goes to {@code runtime-commands.log}.
     */
    int run(long timeoutSeconds, String... command) {
        List<String> line = new ArrayList<>();
        line.add(ProcessHandle.current().info().command().orElse("java"));
        line.add("-jar");
        line.add(root.resolve("deploy/local-runtime/target/local-runtime.jar").toString());
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("runtime-commands.log").toFile()));
        builder.environment().putAll(environment());
        try {
            Files.createDirectories(home);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
                        + " s; see " + home.resolve("runtime-commands.log"));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every live process this runtime started, recognised by its {@code -Dquorum.home=} argument. */
    List<ProcessHandle> processes() {
        String marker = "-Dquorum.home=" + home;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().arguments().map(List::of).orElse(List.of()).contains(marker))
                    .toList();
        }
    }

    String log(String component) {
        try {
            return Files.readString(home.resolve("logs").resolve(component + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("QUORUM_HOME", home.toString());
        env.put("QUORUM_ROOT", root.toString());
        env.put("QUORUM_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("QUORUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ports.forEach((name, port) -> env.put("QUORUM_" + name + "_PORT", String.valueOf(port)));
        // The tests play several clients from this one machine, each with its own X-Forwarded-For,
        // as if behind a proxy on loopback. The runtime trusts no proxy unless told to.
        env.put("GATEWAY_TRUSTED_PROXIES", "127[.]0[.]0[.]1|0:0:0:0:0:0:0:1");
        // TracingE2EIT follows one request's trace id through these DEBUG lines: the gateway's
        // route match, the outbox storing an event, a consumer handling it.
        env.put("LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_CLOUD_GATEWAY_HANDLER", "DEBUG");
        env.put("LOGGING_LEVEL_DEV_QUORUM_PLATFORM_OUTBOX", "DEBUG");
        env.put("LOGGING_LEVEL_DEV_QUORUM_PLATFORM_CONSUMER", "DEBUG");
        return env;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
