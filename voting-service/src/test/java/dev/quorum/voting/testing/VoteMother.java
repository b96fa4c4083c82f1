package dev.quorum.voting.testing;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.Majority;
import dev.quorum.voting.rules.domain.MajorityBasis;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.domain.Counts;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Subject;
import dev.quorum.voting.vote.domain.SubjectType;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Votes for domain tests: an open vote of a few seats, varied one property at a time. */
public final class VoteMother {
    public static final DecisionRule SIMPLE_NO_ABSTAIN =
            new DecisionRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false);
    public static final DecisionRule SIMPLE_WITH_ABSTAIN =
            new DecisionRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, true, false, false);

    private VoteMother() {}

    public static EligibleSeat seat(String id, SeatKind kind, Attendance attendance) {
        return new EligibleSeat(id, id, kind, attendance);
    }

    public static EligibleSeat member(String id) {
        return seat(id, SeatKind.MEMBER, Attendance.PRESENT);
    }

    public static Vote open(VoteKind kind, VoteMethod method, DecisionRule rule, List<EligibleSeat> seats) {
        return new Vote(
                "vote-1",
                "committee-1",
                "conference-1",
                "session-1",
                new Subject(SubjectType.MOTION, "motion-1", "Moderated caucus"),
                kind,
                method,
                false,
                rule,
                seats,
                VoteStatus.OPEN,
                Counts.NONE,
                Map.of(),
                Optional.empty(),
                Instant.parse("2025-11-21T09:42:10Z"),
                1);
    }

    /** The same vote with these ballots counted (counts made from them). */
    public static Vote withBallots(Vote v, Map<String, SeatBallot> ballots) {
        int[] c = new int[4];
        ballots.values().forEach(b -> c[b.choice().ordinal()]++);
        return new Vote(
                v.id(),
                v.committeeId(),
                v.conferenceId(),
                v.sessionId(),
                v.subject(),
                v.kind(),
                v.method(),
                v.secret(),
                v.rule(),
                v.seats(),
                v.status(),
                new Counts(c[0], c[1], c[2], c[3]),
                ballots,
                v.result(),
                v.openedAt(),
                v.version() + ballots.size());
    }
}
