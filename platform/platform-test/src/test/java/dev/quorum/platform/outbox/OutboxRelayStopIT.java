package dev.quorum.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An unreachable store does not hold a service's shutdown up: the relay stops within its bound. */
class OutboxRelayStopIT {

    @Test
    void stopsWithinItsStopTimeoutEvenWhileTheStoreIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (MongoClient unreachable = MongoClients.create("mongodb://127.0.0.1:" + closedPort)) {
            OutboxRelay relay = OutboxFixtures.relay(
                    unreachable.getDatabase("outbox"),
                    OutboxFixtures.publisher(null),
                    Duration.ofSeconds(30),
                    ParkedEventCounter.NONE,
                    "aggregates");
            relay.start();

            long started = System.nanoTime();
            relay.stop();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            // The driver waits 30 s for a server: a relay that waited for its pass would take that.
            assertThat(stopping).isLessThan(Duration.ofSeconds(15));
            assertThat(relay.isRunning()).isFalse();
        }
    }
}
