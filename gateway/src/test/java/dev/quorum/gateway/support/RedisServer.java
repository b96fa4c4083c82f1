package dev.quorum.gateway.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throw-away {@code redis-server} from the PATH (Debian's {@code redis-server} package) on a free
 * loopback port, without persistence. Absent on a machine without the package: tests then skip.
 */
public final class RedisServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The {@code redis-server} executable on the PATH, if installed. */
    public static Optional<Path> executable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static RedisServer start(Path executable) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        executable.toString(),
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        RedisServer server = new RedisServer(process, port);
        server.awaitListening(Duration.ofSeconds(30));
        return server;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Polls until the server accepts a connection; fails at once if the process has exited. */
    private void awaitListening(Duration patience) {
        await("redis-server listening on " + port)
                .atMost(patience)
                .pollInterval(Duration.ofMillis(50))
                .ignoreException(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("redis-server exited with " + process.exitValue());
                    }
                    try (Socket ignored = new Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }

    @Override
    public void close() {
        process.destroy();
    }
}
