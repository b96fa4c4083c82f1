package dev.quorum.registration.allocation.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an accepted school asks of the allocation.
 *
 * @param schoolId unique within the conference
 * @param delegates how many delegates the school brings; the allocation never places more
 * @param rankedChoices the school's choices, most wanted first (typically at most ten); may be empty
 */
public record SchoolDemand(String schoolId, int delegates, List<Choice> rankedChoices) {

    /** The rank of a seat that none of a school's choices matches: below every ranked seat. */
    public static final int UNRANKED = Integer.MAX_VALUE;

    public SchoolDemand {
        Objects.requireNonNull(schoolId, "schoolId");
        if (delegates < 0) {
            throw new IllegalArgumentException("school " + schoolId + " cannot bring " + delegates + " delegates");
        }
        rankedChoices = rankedChoices == null ? List.of() : List.copyOf(rankedChoices);
    }

    /**
     * How much the school wants the seat: the 1-based position of the first of its choices that
     * matches it, or {@link #UNRANKED}. Lower is better; unranked seats are all equal.
     */
    public int preferenceRank(Seat seat) {
        for (int i = 0; i < rankedChoices.size(); i++) {
            if (rankedChoices.get(i).matches(seat)) {
                return i + 1;
            }
        }
        return UNRANKED;
    }
}
