package dev.quorum.registration.allocation.domain;

/**
 * The delegates still to be placed, per school and in total, and the one rule that keeps the
 * allocation from stranding delegates.
 *
 * <p>With {@code n1} free single seats, {@code n2} free double seats, {@code D} delegates still to
 * place and {@code O} schools with an odd number still to place, at most {@code M = min(D, n1 + 2 *
 * min(n2, (D - O) / 2))} more delegates can be placed by any allocation: a school with {@code r}
 * delegates left can use at most {@code r / 2} double seats, and every delegate not in a double seat
 * needs a single seat. A pick of a seat of size {@code k} is <em>safe</em> when it lowers {@code M}
 * by exactly {@code k}, so that the maximum stays reachable. Working through the formula: a double
 * seat for a school with at least 2 left is always safe, and so is a single seat for a school with
 * an odd number left; a single seat for a school with an even number left is safe exactly when
 * {@code n1 >= O + 2} (single seats remain for every odd school afterwards) or {@code 2 * n2 < D -
 * O} (double seats are too few to matter). Moreover a school with delegates left has a safe pick
 * whenever any free seat fits it at all.
 */
final class DelegateNeeds {

    private static final int[] SINGLE_FIRST = {1, 2};
    private static final int[] DOUBLE_FIRST = {2, 1};

    private final int[] remaining;
    private long total;
    private int odd;

    DelegateNeeds(int[] requested) {
        remaining = requested.clone();
        for (int r : remaining) {
            total += r;
            odd += r % 2;
        }
    }

    int remaining(int school) {
        return remaining[school];
    }

    /** Whether any free seat fits the school's remaining need; once false, it stays false. */
    boolean canStillBePlaced(int school, SeatPool pool) {
        int r = remaining[school];
        return r >= 2 ? pool.free(1) + pool.free(2) > 0 : r == 1 && pool.free(1) > 0;
    }

    /** Whether the school may take a seat of the size now without lowering the reachable maximum. */
    boolean isSafe(int school, int size, SeatPool pool) {
        int r = remaining[school];
        if (size > r) {
            return false;
        }
        if (size == 2 || r % 2 == 1) {
            return true;
        }
        return pool.free(1) >= odd + 2 || 2L * pool.free(2) < total - odd;
    }

    /**
     * The sizes to try at equal preference: a single seat first for an odd need (it fixes the
     * school's parity), a double seat first for an even need (it keeps single seats for others).
     */
    int[] sizesToTry(int school) {
        return remaining[school] % 2 == 1 ? SINGLE_FIRST : DOUBLE_FIRST;
    }

    void place(int school, int size) {
        if (size == 1) {
            odd += remaining[school] % 2 == 1 ? -1 : 1;
        }
        remaining[school] -= size;
        total -= size;
    }
}
