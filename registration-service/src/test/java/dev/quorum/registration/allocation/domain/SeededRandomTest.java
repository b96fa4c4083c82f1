package dev.quorum.registration.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
}
