package dev.quorum.runtime.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) that keeps its data in one H2 MVStore file
 * ({@link QuorumH2Backend}).
 *
 * <p>Run by {@code ./quorum up} as {@code java -jar mongo-server.jar --host=127.0.0.1 --port=27017
 * --file=$QUORUM_HOME/mongo/quorum.mv}. A SIGTERM shuts the server down, which commits and closes
 * the H2 store; a SIGKILL may lose the last second of writes.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) the H2 file and binds the server; port 0 picks a free port. */
    public static EmbeddedMongoServer start(String host, int port, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        MongoServer server = new MongoServer(new QuorumH2Backend(file.toString()));
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return new EmbeddedMongoServer(server, server.getLocalAddress(), file);
    }

    public InetSocketAddress address() {
        return address;
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Stops listening, closes client connections and flushes the H2 file. */
    @Override
    public void close() {
        server.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        ServerOptions options = ServerOptions.parse(args, System.getProperties());
        EmbeddedMongoServer server = start(options.host(), options.port(), options.file());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("shutting down; flushing {}", server.file);
                            server.close();
                            log.info("stopped");
                            stopped.countDown();
                        },
                        "mongo-server-shutdown"));
        log.info(
                "listening on {}:{} (data file {})",
                server.address.getHostString(),
                server.address.getPort(),
                server.file);
        stopped.await();
    }
}
