package dev.quorum.registration.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class AdvisorUsernamesTest {

    /** Draws the given suffix indexes in turn, so the username is known in advance. */
    private static RandomGenerator drawing(int... indexes) {
        return new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(31);
                return indexes[next++ % indexes.length];
            }
        };
    }

    @Test
    void aUsernameIsTheStemADotAndEightSuffixSymbols() {
        assertThat(AdvisorUsernames.forName("Ayşe Yılmaz", drawing(0, 1, 2, 7, 8, 10, 22, 30)))
                .isEqualTo("ayse.yilmaz.abchjmz9");
    }

    @Test
    void theStemDropsAccentsAndSpellsOutLettersWithoutDecomposition() {
        assertThat(AdvisorUsernames.stem("Jürgen Großmann")).isEqualTo("jurgen.grossmann");
        assertThat(AdvisorUsernames.stem("Søren Æbeltoft")).isEqualTo("soren.aebeltoft");
        assertThat(AdvisorUsernames.stem("Ｍarie-Ｃlaire")).isEqualTo("marie.claire");
    }

    @Test
    void anythingButLettersAndDigitsBecomesOneDotAndNoneIsLeftAtTheEnds() {
        assertThat(AdvisorUsernames.stem("  Dr. O'Brien, 3rd  ")).isEqualTo("dr.o.brien.3rd");
        assertThat(AdvisorUsernames.stem("...ann...")).isEqualTo("ann");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsAnAdvisor() {
        assertThat(AdvisorUsernames.stem("李")).isEqualTo("advisor");
        assertThat(AdvisorUsernames.stem(" -- ")).isEqualTo("advisor");
    }

    @Test
    void theStemIsCutToFortyCharactersWithoutATrailingDot() {
        String forty = "a".repeat(AdvisorUsernames.MAX_STEM_LENGTH);
        assertThat(AdvisorUsernames.stem(forty)).isEqualTo(forty);
        assertThat(AdvisorUsernames.stem(forty + "b")).isEqualTo(forty);
        assertThat(AdvisorUsernames.stem("a".repeat(39) + " bcd")).isEqualTo("a".repeat(39));
    }
}
