package dev.quorum.committee.committee.domain;

/** Same fields as the {@code rule} object of VoteRequested.v1 (ADR 12). requiredYes null unless FIXED_COUNT. */
public record VoteRule(
        Majority majority,
        MajorityBasis basis,
        Integer requiredYes,
        boolean abstentionsAllowed,
        boolean vetoApplies,
        boolean changeAllowed) {}
