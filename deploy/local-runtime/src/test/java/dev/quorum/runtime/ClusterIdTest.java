package dev.quorum.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterIdTest {

    @Test
    void looksLikeAKafkaUuid() {
        Random random = new SecureRandom();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = ClusterId.generate(random);

            assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]{22}").doesNotStartWith("-");
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void neverStartsWithADashWhichKafkaToolsWouldReadAsAnOption() {
        byte[] dashFirst = new byte[16];
        dashFirst[0] = (byte) 0xF8; // first six bits 111110 = 62 = '-' in URL-safe base64
        dashFirst[1] = 1;
        byte[] zero = new byte[16];
        byte[] fine = new byte[16];
        fine[0] = 0x10;

        String id = ClusterId.generate(new ScriptedRandom(dashFirst, zero, fine));

        assertThat(id).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(fine));
    }

    /** Hands out the given byte arrays in turn. */
    private static final class ScriptedRandom extends Random {

        private final Deque<byte[]> script = new ArrayDeque<>();

        ScriptedRandom(byte[]... values) {
            for (byte[] value : values) {
                script.add(value);
            }
        }

        @Override
        public void nextBytes(byte[] bytes) {
            byte[] next = script.remove();
            System.arraycopy(next, 0, bytes, 0, bytes.length);
        }
    }
}
