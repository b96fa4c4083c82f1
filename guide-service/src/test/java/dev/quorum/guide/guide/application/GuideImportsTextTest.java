package dev.quorum.guide.guide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.platform.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GuideImportsTextTest {
    @Test
    void utf8TextIsAcceptedWithoutItsByteOrderMark() {
        assertThat(GuideImports.text("\uFEFFQazaqstan — Қазақстан".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Qazaqstan — Қазақстан");
    }

    @Test
    void emptyBinaryAndNonUtf8BodiesAreRefusedNamingTheBody() {
        for (byte[] body : new byte[][] {
            new byte[0],
            " \n\t ".getBytes(StandardCharsets.UTF_8),
            {'P', 'K', 3, 4, 0, 0, 0},
            {(byte) 0xC3, (byte) 0x28},
            "Açı".getBytes(StandardCharsets.ISO_8859_1)
        }) {
            assertThatThrownBy(() -> GuideImports.text(body))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .singleElement()
                                    .satisfies(f -> assertThat(f.field()).isEqualTo("body")));
        }
    }
}
