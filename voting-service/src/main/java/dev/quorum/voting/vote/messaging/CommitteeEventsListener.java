package dev.quorum.voting.vote.messaging;

import dev.quorum.platform.consumer.EventRouter;
import dev.quorum.platform.consumer.PoisonEventException;
import dev.quorum.voting.rollcall.application.RollCalls;
import dev.quorum.voting.rollcall.domain.RollCall;
import dev.quorum.voting.rollcall.messaging.RollCallRecorded;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.vote.application.VoteOpening;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.Subject;
import io.cloudevents.CloudEvent;
import java.util.HashSet;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code committee.events}: VoteRequested opens a vote (once, under committee-service's vote
 * id), RollCallRecorded keeps each session's newest attendance for ad-hoc votes. The committee
 * catalogue's events are not needed here.
 */
@Component
class CommitteeEventsListener {
    static final String TOPIC = "committee.events";

    private final EventRouter router;

    CommitteeEventsListener(EventRouter router, VoteOpening opening, RollCalls rollCalls) {
        this.router = router.on(
                        VoteRequested.TYPE, VoteRequested.class, e -> opening.openRequested(toRequest(e.data())))
                .on(RollCallRecorded.TYPE, RollCallRecorded.class, e -> {
                    RollCallRecorded r = e.data();
                    rollCalls.record(
                            new RollCall(
                                    r.sessionId(),
                                    r.committeeId(),
                                    r.conferenceId(),
                                    r.entries().stream()
                                            .map(CommitteeEventParts.SeatData::toSeat)
                                            .toList(),
                                    r.quorum().vote(),
                                    rule(r.rules().procedural()),
                                    rule(r.rules().substantive()),
                                    r.rules().nonStateActorsVote()),
                            r.version());
                })
                .ignore("quorum.committee.CommitteeCreated.v1", "quorum.committee.CommitteeSeatsChanged.v1")
                // the live session's own events: a vote carries all it needs of the session
                .ignore(
                        "quorum.committee.SessionOpened.v1",
                        "quorum.committee.SessionAdjourned.v1",
                        "quorum.committee.SessionChanged.v1",
                        "quorum.committee.SpeakersListChanged.v1",
                        "quorum.committee.MotionRaised.v1",
                        "quorum.committee.MotionResolved.v1",
                        "quorum.committee.CaucusStarted.v1",
                        "quorum.committee.CaucusEnded.v1");
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, CloudEvent> record) {
        router.dispatch(record.value());
    }

    private static VoteOpening.Request toRequest(VoteRequested v) {
        List<EligibleSeat> seats =
                v.seats().stream().map(CommitteeEventParts.SeatData::toSeat).toList();
        if (new HashSet<>(seats.stream().map(EligibleSeat::seatId).toList()).size() != seats.size()) {
            throw new PoisonEventException("VoteRequested " + v.voteId() + " lists a seat twice");
        }
        return new VoteOpening.Request(
                v.voteId(),
                v.committeeId(),
                v.conferenceId(),
                v.sessionId(),
                new Subject(v.subject().type(), v.subject().id(), v.subject().title()),
                v.kind(),
                v.method(),
                v.secret(),
                rule(v.rule()),
                seats);
    }

    /** A rule the rules engine rejects (e.g. FIXED_COUNT without requiredYes) is a poison event. */
    private static DecisionRule rule(CommitteeEventParts.RuleData data) {
        try {
            return data.toRule();
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Invalid rule: " + e.getMessage());
        }
    }
}
