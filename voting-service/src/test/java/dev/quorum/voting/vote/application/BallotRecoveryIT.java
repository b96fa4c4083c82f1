package dev.quorum.voting.vote.application;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static dev.quorum.voting.testing.VotingFixtures.votingEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A ballot accepted but not counted (the service was killed between the two writes) is counted once
 * by the reconciler, and a ballot whose count was written but not marked is not counted again; a
 * vote whose every seat voted closes even if the process that counted the last ballot died first.
 */
@QuorumIntegrationTest
class BallotRecoveryIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    VoteRepository votes;

    @Autowired
    BallotRepository ballots;

    @Test
    void ballotsInterruptedBeforeOrAfterTheCountAreCountedOnce() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent("quorum.committee.VoteRequested.v1", sco.voteRequested(voteId));
        await().atMost(WAIT).until(() -> votes.find(voteId).isPresent());
        Vote vote = votes.find(voteId).orElseThrow();
        Instant beforeTheCrash = Instant.now().minus(Duration.ofMinutes(1));
        String seat0 = sco.seatIds().get(0);
        String seat1 = sco.seatIds().get(1);
        SeatBallot yes = new SeatBallot(Choice.YES, false, 1, false);
        SeatBallot no = new SeatBallot(Choice.NO, false, 1, false);

        // Killed after the insert, before the count.
        ballots.insert(new Ballot(voteId, seat0, yes, Optional.empty(), false, "delegate-0", beforeTheCrash, 1));
        // Killed after the count, before the ballot was marked counted.
        ballots.insert(new Ballot(voteId, seat1, no, Optional.empty(), false, "delegate-1", beforeTheCrash, 1));
        assertThat(votes.count(vote, seat1, no, Optional.empty())).isPresent();

        await().atMost(WAIT)
                .until(() ->
                        ballots.uncounted(10).stream().noneMatch(b -> b.voteId().equals(voteId)));
        Vote recovered = votes.find(voteId).orElseThrow();
        assertThat(recovered.counts().yes()).isEqualTo(1);
        assertThat(recovered.counts().no()).isEqualTo(1);
        assertThat(recovered.isOpen()).as("one seat has not voted").isTrue();
        // Each BallotCast waits in its own ballot's outbox: it may be published after VoteClosed.
        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.BallotCast.v1", voteId).size() >= 2);
        assertThat(votingEvents("quorum.voting.BallotCast.v1", voteId))
                .extracting(e -> e.get("seatId").asString())
                .containsExactlyInAnyOrder(seat0, seat1);
    }

    @Test
    void aVoteWhoseEverySeatVotedClosesAfterTheCountingProcessDied() {
        Committee sco = Committee.of(1);
        String voteId = newId();
        sco.publishCommitteeEvent("quorum.committee.VoteRequested.v1", sco.voteRequested(voteId));
        await().atMost(WAIT).until(() -> votes.find(voteId).isPresent());
        Vote vote = votes.find(voteId).orElseThrow();
        SeatBallot yes = new SeatBallot(Choice.YES, false, 1, false);
        String seat = sco.seatIds().get(0);

        // Counted, then killed before marking the ballot and before closing.
        ballots.insert(new Ballot(voteId, seat, yes, Optional.empty(), false, "delegate-0", Instant.now(), 1));
        assertThat(votes.count(vote, seat, yes, Optional.empty())).isPresent();

        await().atMost(WAIT)
                .until(() -> votingEvents("quorum.voting.VoteClosed.v1", voteId).size() == 1);
        assertThat(votes.find(voteId)
                        .orElseThrow()
                        .result()
                        .orElseThrow()
                        .counts()
                        .yes())
                .isEqualTo(1);
    }
}
