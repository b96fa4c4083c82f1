package dev.quorum.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class TextConstraintsTest {
    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Named(@PlainText String name) {}

    record Secret(@MaxUtf8Bytes(72) String password) {}

    @Test
    void plainTextRefusesControlFormatAndUnassignedCharacters() {
        for (String bad : new String[] {"a\u0000b", "a\nb", "a\u202Eb", "a\u200Bb", "a\uD800b", "a\u0378b"}) {
            assertThat(validator.validate(new Named(bad))).as(bad).hasSize(1);
        }
    }

    @Test
    void plainTextKeepsLettersOfEveryScriptAndTheZeroWidthJoiners() {
        for (String good : new String[] {"Antalya Bilim", "Ayşe Yılmaz", "Москва", "می\u200Cخواهم", null}) {
            assertThat(validator.validate(new Named(good))).as(good).isEmpty();
        }
    }

    @Test
    void maxUtf8BytesCountsBytesNotCharacters() {
        assertThat(validator.validate(new Secret("д".repeat(36))))
                .as("72 bytes")
                .isEmpty();
        assertThat(validator.validate(new Secret("д".repeat(37))))
                .as("74 bytes")
                .hasSize(1);
        assertThat(validator.validate(new Secret("a".repeat(72)))).isEmpty();
    }
}
