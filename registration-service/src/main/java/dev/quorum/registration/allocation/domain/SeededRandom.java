package dev.quorum.registration.allocation.domain;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014), written out here so that the sequence for a seed is
 * fixed by this code on every JVM. Unlike {@link java.util.Random}, whose first draws for nearby
 * seeds are strongly correlated (seeds 0 to 39 all put the same school first of two), it mixes
 * every bit of the seed into every draw, so seeds 1, 2, 3 typed by the Secretariat give unrelated
 * orders.
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)}, without modulo bias (rejection sampling). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long draw;
        do {
            draw = nextLong() >>> 1;
        } while (draw >= limit);
        return (int) (draw % bound);
    }

    /** A Fisher-Yates shuffle of {@code 0 .. n-1}. */
    int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
