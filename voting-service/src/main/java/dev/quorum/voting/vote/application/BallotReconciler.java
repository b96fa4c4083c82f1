package dev.quorum.voting.vote.application;

import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.BallotRefusedException;
import dev.quorum.voting.vote.domain.Vote;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash interrupted: counts ballots accepted but not counted (the service was killed
 * between the insert and the increment) and closes votes whose every seat voted but which did not
 * close. Runs at start and then every few seconds; everything it does is the same guarded writes as
 * the ballot path, so racing a live request counts nothing twice.
 */
@Component
class BallotReconciler {
    private static final Logger log = LoggerFactory.getLogger(BallotReconciler.class);
    private static final int BATCH = 500;

    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final BallotCounter counter;
    private final VoteClosing closing;
    private final Clock clock;
    private final Duration grace;

    BallotReconciler(
            VoteRepository votes,
            BallotRepository ballots,
            BallotCounter counter,
            VoteClosing closing,
            Clock clock,
            @Value("${quorum.voting.reconcile-grace:PT2S}") Duration grace) {
        this.votes = votes;
        this.ballots = ballots;
        this.counter = counter;
        this.closing = closing;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${quorum.voting.reconcile-interval:PT5S}")
    void reconcile() {
        try {
            countStragglers();
            for (Vote vote : votes.openVotes()) {
                if (vote.allVoted()) {
                    closing.closeWhenAllVoted(vote.id());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Reconciling ballots failed; retrying on the next run", e);
        }
    }

    /** Ballots younger than the grace period are most likely being counted by their own request. */
    private void countStragglers() {
        for (Ballot ballot : ballots.uncounted(BATCH)) {
            if (ballot.castAt().isAfter(clock.instant().minus(grace))) {
                continue;
            }
            votes.find(ballot.voteId()).ifPresent(vote -> {
                try {
                    counter.count(vote, ballot);
                    log.info("Counted ballot of seat {} in vote {} after an interruption", ballot.seatId(), vote.id());
                } catch (BallotRefusedException e) {
                    log.info("Withdrew ballot of seat {} in vote {}: {}", ballot.seatId(), vote.id(), e.getMessage());
                } catch (RuntimeException e) {
                    log.debug("Ballot of seat {} in vote {} is busy; next run", ballot.seatId(), vote.id(), e);
                }
            });
        }
    }
}
