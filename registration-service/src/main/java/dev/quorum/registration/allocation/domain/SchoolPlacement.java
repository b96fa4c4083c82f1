package dev.quorum.registration.allocation.domain;

/**
 * How a proposal serves one school.
 *
 * @param requested the delegates the school brings
 * @param placed how many of them hold a seat in the proposal
 * @param firstChoices how many of its seats are its first choice
 */
public record SchoolPlacement(String schoolId, int requested, int placed, int firstChoices) {
    public int unmet() {
        return Math.max(0, requested - placed);
    }
}
