package dev.quorum.voting.vote.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import java.time.Instant;
import java.util.List;

/**
 * A vote as integrators see it: while open the counts so far; once closed the threshold applied,
 * why, and the outcome. Per-seat ballots ({@code ballots}) only on open (not secret) roll-call
 * votes.
 *
 * @param voters the eligible seats that may vote: the vote closes itself when all of them did
 * @param version moves with every counted ballot; the live stream's event id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteResponse(
        String id,
        String committeeId,
        String conferenceId,
        String sessionId,
        SubjectBody subject,
        String kind,
        String method,
        boolean secret,
        String status,
        DecisionRule rule,
        int voters,
        CountsBody counts,
        ThresholdBody threshold,
        String outcome,
        List<String> vetoedBy,
        Instant openedAt,
        Instant closedAt,
        String closedBy,
        List<SeatBody> seats,
        List<SeatBallotBody> ballots,
        long version) {

    /** What is voted on. */
    public record SubjectBody(String type, String id, String title) {}

    /** Ballots counted so far; {@code notVoting}: seats that may vote and have not (a pass is not a vote). */
    public record CountsBody(int yes, int no, int abstain, int pass, int notVoting) {}

    /** The yes votes the rule required given the final counts, and why the outcome follows. */
    public record ThresholdBody(int required, String explanation) {}

    /** An eligible seat and the attendance the vote counts it with. */
    public record SeatBody(String seatId, String name, String kind, String attendance) {}

    /** One seat's ballot on an open roll-call vote. */
    public record SeatBallotBody(String seatId, String name, String choice, boolean withRights) {}

    public static VoteResponse of(Vote v) {
        VoteResult result = v.result().orElse(null);
        return new VoteResponse(
                v.id(),
                v.committeeId(),
                v.conferenceId(),
                v.sessionId(),
                new SubjectBody(
                        v.subject().type().name(), v.subject().id(), v.subject().title()),
                v.kind().name(),
                v.method().name(),
                v.secret(),
                v.status().name(),
                v.rule(),
                v.voters(),
                countsOf(v),
                result == null
                        ? null
                        : new ThresholdBody(
                                result.decision().requiredYes(),
                                result.decision().explanation()),
                result == null ? null : result.decision().outcome().name(),
                result == null || result.decision().vetoedBy().isEmpty()
                        ? null
                        : result.decision().vetoedBy(),
                v.openedAt(),
                result == null ? null : result.closedAt(),
                result == null ? null : result.closedBy().name(),
                v.seats().stream()
                        .map(s -> new SeatBody(
                                s.seatId(),
                                s.name(),
                                s.kind().name(),
                                s.attendance().name()))
                        .toList(),
                v.namesPublic() ? ballots(v) : null,
                v.version());
    }

    public static CountsBody countsOf(Vote v) {
        return new CountsBody(
                v.counts().yes(),
                v.counts().no(),
                v.counts().abstain(),
                v.counts().pass(),
                v.voters() - v.counts().voted());
    }

    private static List<SeatBallotBody> ballots(Vote v) {
        return v.seats().stream()
                .filter(s -> v.ballots().containsKey(s.seatId()))
                .map(s -> seatBallot(s, v.ballots().get(s.seatId())))
                .toList();
    }

    private static SeatBallotBody seatBallot(EligibleSeat s, SeatBallot b) {
        return new SeatBallotBody(s.seatId(), s.name(), b.choice().name(), b.withRights());
    }
}
