package dev.quorum.committee.committee.domain;

import java.util.List;

/**
 * A change to a committee; each null part stays as it is.
 *
 * @param details the descriptive fields that change
 * @param seats the whole new seat list; drafts naming a seatId keep that seat
 * @param profile the new rules profile, already resolved from a preset and overrides
 */
public record CommitteeChanges(
        DetailsPatch details, Integer delegationSize, List<SeatDraft> seats, RulesProfile profile) {}
