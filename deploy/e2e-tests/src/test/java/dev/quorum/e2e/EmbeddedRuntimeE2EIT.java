package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.platform.test.ApiClient;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole system as {@code ./quorum up --detach} runs it: a real Kafka broker process, the Mongo
 * server process, the four services and the gateway, driven only through the gateway. The runtime
 * is shared with the other end-to-end tests ({@link EmbeddedRuntimeExtension}), which stops it with
 * {@code down} at the end and checks that no process is left.
 */
@Order(1)
@ExtendWith(EmbeddedRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedRuntimeE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    @Order(1)
    void gatewayReportsHealthy() {
        ApiClient.Response health = ApiClient.at(runtime.gatewayManagementUrl()).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(runtime.processes()).hasSize(7);
    }

    @Test
    @Order(1)
    void everyAppListensOnLoopbackOnly() {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to try");
        for (String app : List.of("GATEWAY", "GATEWAY_MANAGEMENT", "REGISTRATION", "COMMITTEE", "VOTING", "GUIDE")) {
            int port = runtime.port(app);
            assertThat(accepts(InetAddress.getLoopbackAddress(), port))
                    .as(app + " on loopback")
                    .isTrue();
            assertThat(accepts(lan.get(), port)).as(app + " on " + lan.get()).isFalse();
        }
    }

    @Test
    @Order(2)
    void conferenceCreatedThroughTheGatewayReachesCommitteeAndGuideServices() {
        String token = gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        ApiClient api = gateway.withToken(token);

        ApiClient.Response created = api.post(
                "/api/conferences",
                Map.of(
                        "name", "ACIMUN'25",
                        "startDate", "2025-11-21",
                        "endDate", "2025-11-23",
                        "timeZone", "Europe/Istanbul",
                        "venue", "Antalya"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        await().atMost(ARRIVAL)
                .until(() -> api.get("/api/committees?conferenceId=" + id).status() == 200);
        await().atMost(ARRIVAL)
                .until(() -> api.get("/api/guides?conferenceId=" + id).status() == 200);
        assertThat(api.get("/api/conferences/" + id).json().get("name").asString())
                .isEqualTo("ACIMUN'25");
    }

    @Test
    @Order(3)
    void swaggerUiAndEveryServiceDescriptionAreServedByTheGateway() {
        assertThat(gateway.get("/swagger-ui.html").status()).isIn(200, 302);
        for (String service : new String[] {"registration", "committee", "voting", "guide"}) {
            ApiClient.Response docs = gateway.get("/v3/api-docs/" + service);
            assertThat(docs.status()).as(service).isEqualTo(200);
            assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
        }
    }

    @Test
    @Order(4)
    void badInputThroughTheGatewayIsAProblemResponse() {
        String token = gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);

        ApiClient.Response response = gateway.withToken(token).post("/api/conferences", Map.of("name", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(gateway.get("/api/conferences").status()).isEqualTo(401);
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ni -> {
                        try {
                            return ni.isUp() && !ni.isLoopback();
                        } catch (SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(Inet4Address.class::isInstance)
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
