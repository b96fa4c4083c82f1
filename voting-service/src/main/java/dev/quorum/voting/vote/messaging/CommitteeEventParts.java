package dev.quorum.voting.vote.messaging;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.vote.domain.EligibleSeat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * voting-service's own copy of the parts of committee-service's events it reads (VoteRequested,
 * RollCallRecorded), checked against the producer's golden examples in tests.
 */
public final class CommitteeEventParts {
    private CommitteeEventParts() {}

    /** A decision rule as committee-service copies it from the committee's rules profile. */
    public record RuleData(
            @NotNull Majority majority,
            @NotNull MajorityBasis basis,
            @Min(1) @Max(500) Integer requiredYes,
            boolean abstentionsAllowed,
            boolean vetoApplies,
            boolean changeAllowed) {
        public DecisionRule toRule() {
            return new DecisionRule(majority, basis, requiredYes, abstentionsAllowed, vetoApplies, changeAllowed);
        }
    }

    /** A seat with its attendance. */
    public record SeatData(
            @NotBlank @Size(max = 64) String seatId,
            @NotBlank @Size(max = 100) String name,
            @NotNull SeatKind kind,
            @NotNull Attendance attendance) {
        public EligibleSeat toSeat() {
            return new EligibleSeat(seatId, name, kind, attendance);
        }
    }
}
