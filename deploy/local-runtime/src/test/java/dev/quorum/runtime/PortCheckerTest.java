package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckerTest {

    @Test
    void takenPortIsReportedWithItsComponentAndEnvironmentVariable() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Ports ports = Ports.from(Map.of(Ports.MONGO, String.valueOf(port)));
            PortSetting mongo = ports.settings().stream()
                    .filter(setting -> setting.port() == port)
                    .findFirst()
                    .orElseThrow();

            List<String> problems = PortChecker.problems(
                    List.of(mongo, new PortSetting(Components.GATEWAY, Ports.GATEWAY, TestProcesses.freePort())));

            assertThat(mongo).isEqualTo(new PortSetting(Components.MONGO, Ports.MONGO, port));
            assertThat(problems)
                    .singleElement()
                    .asString()
                    .contains("mongo", "QUORUM_MONGO_PORT", String.valueOf(port), "already in use");
        }
    }

    @Test
    void freePortsAreNoProblem() {
        List<String> problems = PortChecker.problems(List.of(
                new PortSetting(Components.VOTING, Ports.VOTING, TestProcesses.freePort()),
                new PortSetting(Components.GUIDE, Ports.GUIDE, TestProcesses.freePort())));

        assertThat(problems).isEmpty();
    }

    @Test
    void twoComponentsOnOnePortAreReportedWithBothVariables() {
        int port = TestProcesses.freePort();

        List<String> problems = PortChecker.problems(List.of(
                new PortSetting(Components.GATEWAY, Ports.GATEWAY, port),
                new PortSetting(Components.VOTING, Ports.VOTING, port)));

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("gateway (QUORUM_GATEWAY_PORT)", "voting (QUORUM_VOTING_PORT)", String.valueOf(port));
    }

    @Test
    void everyPortHasItsOwnVariableAndDefault() {
        Ports ports = Ports.from(Map.of());

        assertThat(ports.settings())
                .extracting(PortSetting::envVar, PortSetting::port)
                .containsExactly(
                        tuple("QUORUM_KAFKA_PORT", 9092),
                        tuple("QUORUM_KAFKA_CONTROLLER_PORT", 9093),
                        tuple("QUORUM_MONGO_PORT", 27017),
                        tuple("QUORUM_REGISTRATION_PORT", 8081),
                        tuple("QUORUM_COMMITTEE_PORT", 8082),
                        tuple("QUORUM_VOTING_PORT", 8083),
                        tuple("QUORUM_GUIDE_PORT", 8084),
                        tuple("QUORUM_GATEWAY_PORT", 8080),
                        tuple("QUORUM_GATEWAY_MANAGEMENT_PORT", 9080));
    }

    @Test
    void portThatIsNoNumberNamesItsVariable() {
        assertThatThrownBy(() -> Ports.from(Map.of(Ports.KAFKA, "ninety")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("QUORUM_KAFKA_PORT=ninety");
        assertThatThrownBy(() -> Ports.from(Map.of(Ports.GATEWAY, "70000")))
                .hasMessageContaining("QUORUM_GATEWAY_PORT=70000");
    }
}
