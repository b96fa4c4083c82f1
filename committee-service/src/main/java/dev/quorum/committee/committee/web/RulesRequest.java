package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.Majority;
import dev.quorum.committee.committee.domain.MajorityBasis;
import dev.quorum.committee.committee.domain.MotionRule;
import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.ProfileCheck;
import dev.quorum.committee.committee.domain.ProfileOverrides;
import dev.quorum.committee.committee.domain.Quorum;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seats;
import dev.quorum.committee.committee.domain.VoteRule;
import dev.quorum.platform.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A rules profile: a shipped preset and what the committee changes in it (ADR 13). */
@Schema(
        description = "A preset (UNA_USA, THIMUN, SECURITY_COUNCIL, CONSENSUS) and optional overrides; "
                + "the result is checked against the seats.")
record RulesRequest(
        @Schema(example = "CONSENSUS") @NotBlank @Size(max = 32)
        String preset,

        @Valid QuorumRequest quorumToDebate,
        @Valid QuorumRequest quorumToVote,
        @Valid VoteRuleRequest procedural,
        @Valid VoteRuleRequest substantive,
        Boolean nonStateActorsVote,

        @Min(ProfileCheck.MIN_SPEAKING_TIME_SECONDS) @Max(ProfileCheck.MAX_SPEAKING_TIME_SECONDS)
        Integer defaultSpeakingTimeSeconds,

        @Schema(description = "Replaces the preset's motions: the allowed ones, most disruptive first") @Size(max = 14)
        List<@NotNull @Valid MotionRuleRequest> motions) {

    /** The preset with the overrides; the caller checks it against the seats. */
    RulesProfile resolve() {
        if (!RulesPresets.names().contains(preset)) {
            throw new InvalidInputException("rules.preset", "must be one of " + RulesPresets.names());
        }
        return new ProfileOverrides(
                        quorumToDebate == null ? null : quorumToDebate.toDomain(),
                        quorumToVote == null ? null : quorumToVote.toDomain(),
                        procedural == null ? null : procedural.toDomain(),
                        substantive == null ? null : substantive.toDomain(),
                        nonStateActorsVote,
                        defaultSpeakingTimeSeconds,
                        motions == null
                                ? null
                                : motions.stream()
                                        .map(MotionRuleRequest::toDomain)
                                        .toList())
                .applyTo(RulesPresets.of(preset));
    }

    /** A quorum: numerator/denominator of the voting members, and at least minimumCount of them. */
    record QuorumRequest(
            @Schema(example = "1") @NotNull @Min(1) @Max(ProfileCheck.MAX_DENOMINATOR)
            Integer numerator,

            @Schema(example = "3") @NotNull @Min(1) @Max(ProfileCheck.MAX_DENOMINATOR)
            Integer denominator,

            @Schema(example = "1") @NotNull @Min(0) @Max(Seats.MAX_SEATS)
            Integer minimumCount) {
        Quorum toDomain() {
            return new Quorum(numerator, denominator, minimumCount);
        }
    }

    /** The rule a vote follows, as VoteRequested.v1 carries it. */
    record VoteRuleRequest(
            @NotNull Majority majority,
            @NotNull MajorityBasis basis,

            @Schema(description = "Only with FIXED_COUNT") @Min(1) @Max(Seats.MAX_SEATS)
            Integer requiredYes,

            @NotNull Boolean abstentionsAllowed,
            @NotNull Boolean vetoApplies,
            @NotNull Boolean changeAllowed) {
        VoteRule toDomain() {
            return new VoteRule(majority, basis, requiredYes, abstentionsAllowed, vetoApplies, changeAllowed);
        }
    }

    /** An allowed motion and its rule. */
    record MotionRuleRequest(
            @NotNull MotionType type, @NotNull @Valid VoteRuleRequest rule) {
        MotionRule toDomain() {
            return new MotionRule(type, rule.toDomain());
        }
    }
}
