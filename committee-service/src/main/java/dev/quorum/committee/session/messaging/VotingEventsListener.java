package dev.quorum.committee.session.messaging;

import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.platform.consumer.EventRouter;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies vote results from {@code voting.events} to the motions they decided. Idempotent: the
 * motion's status is checked in the same compare-and-set write that applies the outcome.
 */
@Component
class VotingEventsListener {
    private static final Logger log = LoggerFactory.getLogger(VotingEventsListener.class);

    private final EventRouter router;
    private final SessionCommands sessions;

    VotingEventsListener(EventRouter router, SessionCommands sessions) {
        this.sessions = sessions;
        // the router is a prototype bean: these routes are this listener's alone
        this.router = router.on(VoteClosed.TYPE, VoteClosed.class, e -> apply(e.data()))
                // a session follows results only; tallies are the voting service's own stream
                .ignore("quorum.voting.VoteOpened.v1", "quorum.voting.BallotCast.v1");
    }

    @KafkaListener(topics = "voting.events")
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    private void apply(VoteClosed vote) {
        if (!"MOTION".equals(vote.subject().type())) {
            log.debug(
                    "Vote {} decided a {}, not a motion: documents are not handled here",
                    vote.voteId(),
                    vote.subject().type());
            return;
        }
        boolean applied = sessions.applyVoteResult(
                vote.sessionId(), vote.voteId(), vote.subject().id(), vote.adopted());
        log.info(
                "Vote {} on motion {} ({}): {}",
                vote.voteId(),
                vote.subject().id(),
                vote.outcome(),
                applied ? "applied" : "already applied or unknown here");
    }
}
