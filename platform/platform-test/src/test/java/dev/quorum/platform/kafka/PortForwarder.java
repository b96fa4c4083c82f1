package dev.quorum.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards connections from a local port to another address, from the moment it is opened: a
 * broker that "comes up" on an address a service was told to use. Kafka clients bootstrap through
 * it, then talk to the broker's advertised address directly.
 */
final class PortForwarder implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;

    private PortForwarder(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    static PortForwarder open(int port, InetSocketAddress target) throws IOException {
        PortForwarder forwarder = new PortForwarder(new ServerSocket(port), target);
        daemon("forwarder-accept", forwarder::acceptUntilClosed);
        return forwarder;
    }

    private void acceptUntilClosed() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHostString(), target.getPort());
                daemon("forwarder-up", () -> pipe(client, upstream));
                daemon("forwarder-down", () -> pipe(upstream, client));
            } catch (IOException closedOrRefused) {
                // The forwarder was closed, or the target refused: the client sees a closed socket.
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (from;
                to;
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException connectionEnded) {
            // Either side went away: both sockets are closed on the way out.
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
