package dev.quorum.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Evaluates a component's {@link Health} once, quickly: every probe has a short timeout. */
final class HealthChecker {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(CONNECT_TIMEOUT_MILLIS))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** During start-up: Kafka's log is read from where this start's output begins. */
    boolean isHealthy(Running running) {
        if (running.spec().health() instanceof Health.TcpAndLogLine kafka) {
            return accepts(kafka.port()) && LogFiles.contains(running.log(), running.logOffset(), kafka.logLine());
        }
        return isHealthy(running.spec().health());
    }

    /** For status, which does not know where this start's log begins: Kafka counts when its port accepts. */
    boolean isHealthy(Health health) {
        if (health instanceof Health.Tcp tcp) {
            return accepts(tcp.port());
        }
        if (health instanceof Health.TcpAndLogLine kafka) {
            return accepts(kafka.port());
        }
        if (health instanceof Health.Http httpHealth) {
            return returnsOk(httpHealth);
        }
        throw new IllegalArgumentException("Unknown health check " + health);
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean returnsOk(Health.Http health) {
        HttpRequest request = HttpRequest.newBuilder(health.uri())
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
