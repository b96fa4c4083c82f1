package dev.quorum.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in component for tests, started as {@code java -Dquorum.component=... FakeComponentMain
 * MODE}: {@code run} waits to be stopped, {@code hang} also refuses to finish on SIGTERM, {@code
 * exit} exits at once with code 3. With {@code SERVER_PORT} in its environment (as an app gets it),
 * it also answers every HTTP GET there with 200, like a healthy service.
 */
public final class FakeComponentMain {

    private FakeComponentMain() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        String mode = args.length == 0 ? "run" : args[0];
        if (mode.equals("exit")) {
            System.out.println("fake component giving up");
            System.exit(3);
        }
        CountDownLatch never = new CountDownLatch(1);
        if (mode.equals("hang")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        String port = System.getenv("SERVER_PORT");
        if (port != null) {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port)), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }
        System.out.println("fake component running");
        never.await();
    }
}
