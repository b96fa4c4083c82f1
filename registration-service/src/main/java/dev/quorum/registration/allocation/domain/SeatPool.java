package dev.quorum.registration.allocation.domain;

import java.util.TreeSet;

/**
 * The free seats during an allocation, by committee and delegation size, each committee's seats in
 * {@link ConferenceIndex#seatOrder}. Finding a committee's next free seat is amortised O(1) (seats
 * are only ever taken, so a cursor skips each taken seat once); finding the committee with the most
 * free seats of a size is O(log committees).
 */
final class SeatPool {

    private final int[] committeeOfSeat;
    private final int[] sizeOfSeat;
    private final int[] committeeRank;
    private final boolean[] taken;

    // Per committee and delegation size, at index 2 * committee + size - 1: the committee's seats of
    // that size in hand-out order, a cursor before which all are taken, and how many are free.
    private final int[][] seatsOf;
    private final int[] cursor;
    private final int[] freeCount;
    private final int[] freeOfSize = new int[3];
    private final TreeSet<Integer> fullestSingles;
    private final TreeSet<Integer> fullestDoubles;

    SeatPool(ConferenceIndex conference) {
        committeeOfSeat = conference.committeeOfSeat;
        sizeOfSeat = conference.sizeOfSeat;
        committeeRank = conference.committeeRank;
        taken = new boolean[sizeOfSeat.length];
        int slots = 2 * conference.committeeCount;
        cursor = new int[slots];
        freeCount = new int[slots];
        for (int seat = 0; seat < sizeOfSeat.length; seat++) {
            freeCount[slot(committeeOfSeat[seat], sizeOfSeat[seat])]++;
            freeOfSize[sizeOfSeat[seat]]++;
        }
        seatsOf = new int[slots][];
        int[] filled = new int[slots];
        for (int slot = 0; slot < slots; slot++) {
            seatsOf[slot] = new int[freeCount[slot]];
        }
        for (int seat : conference.seatOrder) {
            int slot = slot(committeeOfSeat[seat], sizeOfSeat[seat]);
            seatsOf[slot][filled[slot]++] = seat;
        }
        fullestSingles = new TreeSet<>((a, b) -> moreFreeFirst(a, b, 1));
        fullestDoubles = new TreeSet<>((a, b) -> moreFreeFirst(a, b, 2));
        for (int committee = 0; committee < conference.committeeCount; committee++) {
            addIfFree(committee, 1);
            addIfFree(committee, 2);
        }
    }

    int size(int seat) {
        return sizeOfSeat[seat];
    }

    boolean isFree(int seat) {
        return !taken[seat];
    }

    /** How many seats of the delegation size are free in the whole conference. */
    int free(int size) {
        return freeOfSize[size];
    }

    /** The committee's first free seat of the size in hand-out order, or -1. */
    int firstFree(int committee, int size) {
        int slot = slot(committee, size);
        int[] seats = seatsOf[slot];
        while (cursor[slot] < seats.length && taken[seats[cursor[slot]]]) {
            cursor[slot]++;
        }
        return cursor[slot] < seats.length ? seats[cursor[slot]] : -1;
    }

    /** The first free seat of the size in the committee with the most such seats free, or -1. */
    int firstFreeInFullestCommittee(int size) {
        TreeSet<Integer> fullest = fullest(size);
        return fullest.isEmpty() ? -1 : firstFree(fullest.first(), size);
    }

    void take(int seat) {
        if (taken[seat]) {
            throw new IllegalStateException("seat taken twice");
        }
        int committee = committeeOfSeat[seat];
        int size = sizeOfSeat[seat];
        // Out of the ordered set before its key changes, back in afterwards.
        fullest(size).remove(committee);
        taken[seat] = true;
        freeCount[slot(committee, size)]--;
        freeOfSize[size]--;
        addIfFree(committee, size);
    }

    private void addIfFree(int committee, int size) {
        if (freeCount[slot(committee, size)] > 0) {
            fullest(size).add(committee);
        }
    }

    private TreeSet<Integer> fullest(int size) {
        return size == 1 ? fullestSingles : fullestDoubles;
    }

    private int moreFreeFirst(int a, int b, int size) {
        int byFree = Integer.compare(freeCount[slot(b, size)], freeCount[slot(a, size)]);
        return byFree != 0 ? byFree : Integer.compare(committeeRank[a], committeeRank[b]);
    }

    private static int slot(int committee, int size) {
        return 2 * committee + size - 1;
    }
}
