package dev.quorum.registration.delegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DelegateTest {

    private static Delegate named(String name) {
        return new Delegate("d1", "s1", "c1", name, "11", null, AccessCodes.hash("ABCD"), false, Instant.EPOCH);
    }

    @Test
    void nameIsOneToOneHundredCharacters() {
        assertThat(named("x").name()).isEqualTo("x");
        assertThat(named("x".repeat(Delegate.MAX_NAME_LENGTH)).name()).hasSize(100);
        assertThatThrownBy(() -> named("x".repeat(Delegate.MAX_NAME_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> named(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> named(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
