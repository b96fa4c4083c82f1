package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("secretariat.credentials");
    }

    @Test
    void environmentPasswordWinsAndNothingIsWritten() {
        Credentials credentials = Credentials.resolve(
                Map.of("QUORUM_ADMIN_USERNAME", "sg", "QUORUM_ADMIN_PASSWORD", "from-env"), file(), new SecureRandom());

        assertThat(credentials.username()).isEqualTo("sg");
        assertThat(credentials.password()).isEqualTo("from-env");
        assertThat(file()).doesNotExist();
    }

    @Test
    void firstStartGeneratesAStrongPasswordReadableByTheOwnerOnly() throws IOException {
        Credentials credentials = Credentials.resolve(Map.of(), file(), new SecureRandom());

        assertThat(credentials.username()).isEqualTo("secretariat");
        assertThat(credentials.password())
                .hasSize(27)
                .matches("([A-Za-z0-9]{6}-){3}[A-Za-z0-9]{6}")
                .containsPattern("[A-Z]")
                .containsPattern("[a-z]")
                .containsPattern("[0-9]");
        assertThat(Files.getPosixFilePermissions(file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(file())).contains("username=secretariat", "password=" + credentials.password());
    }

    @Test
    void laterStartsReuseTheKeptPassword() {
        Credentials first = Credentials.resolve(Map.of(), file(), new SecureRandom());

        Credentials second = Credentials.resolve(Map.of(), file(), new SecureRandom());

        assertThat(second.password()).isEqualTo(first.password());
        assertThat(second.username()).isEqualTo(first.username());
    }

    @Test
    void restartReusesTheKeptPasswordOrTheEnvironmentOne() {
        Credentials kept = Credentials.resolve(Map.of(), file(), new SecureRandom());

        assertThat(Credentials.forRestart(Map.of(), file())).isEqualTo(kept);
        assertThat(Credentials.forRestart(Map.of("QUORUM_ADMIN_PASSWORD", "from-env"), file())
                        .password())
                .isEqualTo("from-env");
    }

    @Test
    void restartNeverGeneratesAPassword() {
        Credentials credentials = Credentials.forRestart(Map.of("QUORUM_ADMIN_USERNAME", "sg"), file());

        assertThat(credentials.username()).isEqualTo("sg");
        assertThat(credentials.password()).isEmpty();
        assertThat(file()).doesNotExist();
    }

    @Test
    void generatedPasswordsDiffer() {
        SecureRandom random = new SecureRandom();

        assertThat(Credentials.generatePassword(random)).isNotEqualTo(Credentials.generatePassword(random));
    }
}
