package dev.quorum.registration.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void producesTheReferenceSplitMix64Sequence() {
        SeededRandom random = new SeededRandom(0);

        assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(random.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void consecutiveSeedsGiveDifferentFirstDraws() {
        Set<Integer> firstOfTwo = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            firstOfTwo.add(new SeededRandom(seed).nextInt(2));
        }
        assertThat(firstOfTwo).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void permutationContainsEveryIndexOnce() {
        assertThat(new SeededRandom(42).permutation(50))
                .containsExactlyInAnyOrder(IntStream.range(0, 50).toArray());
    }

    @Test
    void nextIntIsTheReferenceDrawReducedToTheBound() {
        // Reference values from a Python transcription of SplitMix64 with the same rejection step.
        SeededRandom random = new SeededRandom(7);
        int[] draws = IntStream.range(0, 8).map(i -> random.nextInt(10)).toArray();

        assertThat(draws).containsExactly(3, 2, 3, 1, 7, 2, 9, 1);
        SeededRandom large = new SeededRandom(7);
        assertThat(large.nextInt(1_000_000_007)).isEqualTo(277_373_818);
    }

    @Test
    void nextIntNeedsAPositiveBound() {
        assertThat(new SeededRandom(1).nextInt(1)).isZero();
        assertThatThrownBy(() -> new SeededRandom(1).nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeededRandom(1).nextInt(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void permutationIsTheReferenceFisherYatesShuffle() {
        assertThat(new SeededRandom(42).permutation(6)).containsExactly(2, 3, 4, 1, 5, 0);
        assertThat(new SeededRandom(42).permutation(0)).isEmpty();
    }
}
