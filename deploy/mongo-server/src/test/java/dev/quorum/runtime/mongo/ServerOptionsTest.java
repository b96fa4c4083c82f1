package dev.quorum.runtime.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsToLoopbackAndTheStandardPort() {
        ServerOptions options = ServerOptions.parse(new String[0], new Properties());

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(27017);
        assertThat(options.file()).isEqualTo(Path.of("quorum.mv").toAbsolutePath());
    }

    @Test
    void argumentsWinOverSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("quorum.mongo.port", "27100");
        properties.setProperty("quorum.mongo.file", "/tmp/from-property.mv");

        ServerOptions options = ServerOptions.parse(new String[] {"--port=27200", "--host=localhost"}, properties);

        assertThat(options.host()).isEqualTo("localhost");
        assertThat(options.port()).isEqualTo(27200);
        assertThat(options.file()).isEqualTo(Path.of("/tmp/from-property.mv"));
    }

    @Test
    void rejectsUnknownArgumentsAndBadPorts() {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--verbose"}, new Properties()))
                .hasMessageContaining("--verbose");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port=http"}, new Properties()))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port=70000"}, new Properties()))
                .hasMessageContaining("70000");
    }
}
