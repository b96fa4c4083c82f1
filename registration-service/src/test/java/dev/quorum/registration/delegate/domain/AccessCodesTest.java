package dev.quorum.registration.delegate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodesTest {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** A "random" source that answers the given indexes in turn, so the code is known in advance. */
    private static SecureRandom answering(int... indexes) {
        return new SecureRandom() {
            private int next;

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(ALPHABET.length());
                return indexes[next++ % indexes.length];
            }
        };
    }

    @Test
    void aCodeIsTwelveCharactersInThreeGroupsOfFour() {
        String code = new AccessCodes(answering(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30)).next();

        assertThat(code).isEqualTo("ABCD-EFGH-JKM9");
    }

    @Test
    void codesUseOnlyTheAlphabetWithoutLookAlikes() {
        AccessCodes codes = new AccessCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.next();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void theHashIsTheSha256OfTheNormalizedCode() {
        // printf ABCDEFGHJKM9 | sha256sum
        assertThat(AccessCodes.hash("ABCD-EFGH-JKM9"))
                .isEqualTo("2c1e74ba1e510843d46099dabe52ea0fcd709e11c30d013f84c548554b3fa851");
    }

    @Test
    void typedCodesIgnoreCaseDashesAndSpaces() {
        String hash = AccessCodes.hash("ABCD-EFGH-JKM9");

        assertThat(AccessCodes.hash("abcd efgh jkm9")).isEqualTo(hash);
        assertThat(AccessCodes.hash(" abcd-efgh-jkm9 ")).isEqualTo(hash);
        assertThat(AccessCodes.hash("ABCD-EFGH-JKM8")).isNotEqualTo(hash);
    }
}
