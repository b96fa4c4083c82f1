package dev.quorum.voting.vote.domain;

import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.rules.domain.Decision;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.DecisionRules;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.Tally;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.BallotRefusedException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One vote procedure: what is decided, by which rule, by which seats, and the ballots counted so
 * far. Ballots are not stored in here one by one (each is its own document, design section 8);
 * {@code ballots} is the per-seat record the counts were made from.
 *
 * @param ballots the counted ballot of each seat that voted, by seat id
 * @param version moves with every change, counts included, so a close decided on stale counts fails
 */
public record Vote(
        String id,
        String committeeId,
        String conferenceId,
        String sessionId,
        Subject subject,
        VoteKind kind,
        VoteMethod method,
        boolean secret,
        DecisionRule rule,
        List<EligibleSeat> seats,
        VoteStatus status,
        Counts counts,
        Map<String, SeatBallot> ballots,
        Optional<VoteResult> result,
        Instant openedAt,
        long version) {

    public Vote {
        seats = List.copyOf(seats);
        ballots = Map.copyOf(ballots);
    }

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    /** Per-seat ballots are public only on open (not secret) roll-call votes. */
    public boolean namesPublic() {
        return !secret && method == VoteMethod.ROLL_CALL;
    }

    /** The position of the seat in {@link #seats}, or -1 when it is not eligible. */
    public int seatIndex(String seatId) {
        return IntStream.range(0, seats.size())
                .filter(i -> seats.get(i).seatId().equals(seatId))
                .findFirst()
                .orElse(-1);
    }

    /** True once every seat that may vote cast a final ballot: the vote then closes itself. */
    public boolean allVoted() {
        return counts.voted() >= voters();
    }

    /**
     * The listed seats the rules let vote at all (a listed non-state actor, or an observer on a
     * substantive vote, may not): the count the vote waits for and the basis PRESENT counts against.
     */
    public int voters() {
        return (int) seats.stream().filter(this::mayVote).count();
    }

    private boolean mayVote(EligibleSeat s) {
        return DecisionRules.refusal(rule, kind, method, s.kind(), s.attendance(), Choice.YES, false)
                .isEmpty();
    }

    /**
     * The ballot this seat's answer becomes, if the vote can take it.
     *
     * @throws BallotRefusedException when the vote is closed, the seat is not eligible, the rule
     *     forbids the choice or the seat voted already and may not change
     */
    public SeatBallot admit(String seatId, Choice choice, boolean withRights) {
        if (!isOpen()) {
            throw new BallotRefusedException(Reason.CLOSED, "The vote is closed.");
        }
        int index = seatIndex(seatId);
        if (index < 0 || !mayVote(seats.get(index))) {
            throw new BallotRefusedException(Reason.NOT_ELIGIBLE, "Seat " + seatId + " may not vote in this vote.");
        }
        if (withRights && choice != Choice.YES && choice != Choice.NO) {
            throw new BallotRefusedException(Reason.RIGHTS_NOT_ALLOWED, "Only a yes or a no can be cast with rights.");
        }
        SeatBallot before = ballots.get(seatId);
        boolean passedBefore = before != null && before.passed();
        if (before != null && before.choice() != Choice.PASS && !rule.changeAllowed()) {
            throw new BallotRefusedException(Reason.ALREADY_VOTED, "Seat " + seatId + " has voted already.");
        }
        EligibleSeat seat = seats.get(index);
        Optional<String> refusal =
                DecisionRules.refusal(rule, kind, method, seat.kind(), seat.attendance(), choice, passedBefore);
        if (refusal.isPresent()) {
            throw new BallotRefusedException(Reason.CHOICE_NOT_ALLOWED, refusal.get());
        }
        int revision = before == null ? 1 : before.revision() + 1;
        return new SeatBallot(choice, withRights, revision, passedBefore || choice == Choice.PASS);
    }

    /** The counts the rule is applied to: a seat that only passed, or never voted, did not vote. */
    public Tally tally() {
        List<String> vetoNo = seats.stream()
                .filter(s -> s.kind() == SeatKind.VETO_MEMBER)
                .map(EligibleSeat::seatId)
                .filter(id -> ballots.containsKey(id) && ballots.get(id).choice() == Choice.NO)
                .toList();
        int present = voters();
        return new Tally(counts.yes(), counts.no(), counts.abstain(), present - counts.voted(), present, vetoNo);
    }

    /** The rules engine's decision on the counts as they stand. */
    public Decision decide() {
        return DecisionRules.decide(rule, tally());
    }
}
