package dev.quorum.voting.rules.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules engine of a vote: who may cast which ballot ({@link #refusal}) and what the counts decide
 * ({@link #decide}). Integer arithmetic only (ADR 12): majorities are compared as {@code yes > no},
 * {@code 2*yes > present}, never as rounded fractions of n, so even n is exact. See ADR 19.
 */
public final class DecisionRules {

    private DecisionRules() {}

    /**
     * Decides a vote.
     *
     * <p>Outside CONSENSUS a proposal with no yes vote is never adopted (a two-thirds vote where everyone
     * abstains fails rather than passing 0 >= 2 x 0). Where the veto applies, a NO from any veto member
     * makes the outcome VETOED whatever the other counts; a veto member's abstention is no veto.
     */
    public static Decision decide(DecisionRule rule, Tally tally) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tally, "tally");
        Threshold threshold = Threshold.of(rule, tally);
        if (rule.vetoApplies() && !tally.vetoNoSeatIds().isEmpty()) {
            return new Decision(
                    Outcome.VETOED,
                    threshold.requiredYes(),
                    "vetoed: " + tally.vetoNoSeatIds().size() + " veto member(s) voted no; " + threshold.explanation(),
                    tally.vetoNoSeatIds());
        }
        Outcome outcome = threshold.met() ? Outcome.ADOPTED : Outcome.REJECTED;
        return new Decision(outcome, threshold.requiredYes(), threshold.explanation(), List.of());
    }

    /**
     * Why this seat may not cast this ballot, or empty when it may. The caller has already checked that the
     * seat is among the vote's eligible seats and that the ballot is for the caller's own seat.
     *
     * <p>A NON_STATE_ACTOR votes as an observer does, on procedural matters only: committee-service lists it
     * among a vote's eligible seats only where the committee's profile lets non-state actors vote (ADR 12,
     * RollCallRecorded's {@code nonStateActorsVote}), so being listed is the permission (ADR 19).
     *
     * @param passedBefore whether this seat already answered PASS in this roll-call vote
     */
    public static Optional<String> refusal(
            DecisionRule rule,
            VoteKind kind,
            VoteMethod method,
            SeatKind seat,
            Attendance attendance,
            Choice choice,
            boolean passedBefore) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(choice, "choice");
        if (attendance == Attendance.ABSENT) {
            return Optional.of("an absent seat cannot vote");
        }
        if (seat == SeatKind.OBSERVER && kind == VoteKind.SUBSTANTIVE) {
            return Optional.of("an observer votes on procedural matters only");
        }
        if (seat == SeatKind.NON_STATE_ACTOR && kind == VoteKind.SUBSTANTIVE) {
            return Optional.of("a non-state actor votes on procedural matters only");
        }
        return switch (choice) {
            case YES, NO -> Optional.empty();
            case PASS -> passRefusal(method, passedBefore);
            case ABSTAIN -> abstainRefusal(rule, kind, attendance, passedBefore);
        };
    }

    private static Optional<String> passRefusal(VoteMethod method, boolean passedBefore) {
        if (method != VoteMethod.ROLL_CALL) {
            return Optional.of("pass is allowed on roll-call votes only");
        }
        if (passedBefore) {
            return Optional.of("a seat may pass only once; it must now vote yes or no");
        }
        return Optional.empty();
    }

    private static Optional<String> abstainRefusal(
            DecisionRule rule, VoteKind kind, Attendance attendance, boolean passedBefore) {
        if (kind == VoteKind.PROCEDURAL) {
            return Optional.of("no abstentions on procedural votes");
        }
        if (!rule.abstentionsAllowed()) {
            return Optional.of("this vote allows no abstentions");
        }
        if (attendance == Attendance.PRESENT_AND_VOTING) {
            return Optional.of("a seat present and voting may not abstain on a substantive vote");
        }
        if (passedBefore) {
            return Optional.of("a seat that passed must vote yes or no");
        }
        return Optional.empty();
    }
}
