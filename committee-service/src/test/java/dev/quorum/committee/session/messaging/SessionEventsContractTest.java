package dev.quorum.committee.session.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import dev.quorum.committee.session.domain.Attendance;
import dev.quorum.committee.session.domain.MotionDecision;
import dev.quorum.committee.session.domain.MotionRequest;
import dev.quorum.committee.session.domain.PointType;
import dev.quorum.committee.session.domain.Session;
import dev.quorum.committee.session.domain.YieldTarget;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.platform.test.EventContracts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The session events this service publishes match the schemas it ships (its golden examples too,
 * and ADR 12's VoteRequested and RollCallRecorded, adopted unchanged); its copy of VoteClosed
 * reads voting-service's golden example.
 */
class SessionEventsContractTest {
    private static final Instant T0 = Instant.parse("2025-11-21T09:00:00Z");
    private static final List<String> PUBLISHED = List.of(
            "SessionOpened.v1",
            "SessionAdjourned.v1",
            "SessionChanged.v1",
            "SpeakersListChanged.v1",
            "MotionRaised.v1",
            "MotionResolved.v1",
            "CaucusStarted.v1",
            "CaucusEnded.v1",
            "VoteRequested.v1",
            "RollCallRecorded.v1");

    private final JsonMapper json = JsonMapper.builder().build();
    private final SessionIntegrationEvents events =
            new SessionIntegrationEvents(new PendingEventFactory(json, Clock.fixed(T0, ZoneOffset.UTC)));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SessionOpened.v1",
                "SessionAdjourned.v1",
                "SessionChanged.v1",
                "SpeakersListChanged.v1",
                "MotionRaised.v1",
                "MotionResolved.v1",
                "CaucusStarted.v1",
                "CaucusEnded.v1"
            })
    void goldenExamplesMatchTheirSchemas(String event) {
        assertThat(EventContracts.violations(event, EventContracts.example(event)))
                .isEmpty();
    }

    @Test
    void everyEventOfAWholeSessionMatchesItsSchema() {
        List<PendingEvent> published = wholeSession();

        Set<String> types = published.stream()
                .map(e -> e.type().substring("quorum.committee.".length()))
                .collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(PUBLISHED);
        assertThat(published).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo("committee.events");
            assertThat(e.key()).isEqualTo("sco");
            assertThat(e.subject()).isEqualTo("s1");
            assertThat(EventContracts.violations(e.type().substring("quorum.committee.".length()), e.data()))
                    .as(e.data())
                    .isEmpty();
        });
    }

    @Test
    void voteClosedGoldenExampleFitsOurCopy() {
        VoteClosed vote =
                json.readValue(EventContracts.producerExample("voting-service", "VoteClosed.v1"), VoteClosed.class);
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

        assertThat(validator.validate(vote)).isEmpty();
        assertThat(vote.adopted()).isTrue();
        assertThat(vote.subject().type()).isEqualTo("MOTION");
        assertThat(vote.sessionId()).isEqualTo("b3a1f7c2-58e4-4c1e-9a0d-6f2e8c4d1a37");
    }

    /** Opens, takes the roll, runs the floor, a caucus by vote, closure, suspension and adjournment. */
    private List<PendingEvent> wholeSession() {
        List<Seat> seats = List.of(
                new Seat("china", "China", SeatKind.MEMBER),
                new Seat("india", "India", SeatKind.MEMBER),
                new Seat("russia", "Russia", SeatKind.MEMBER),
                new Seat("mongolia", "Mongolia", SeatKind.OBSERVER));
        Session s = Session.open(
                "s1", "sco", "acimun", seats, List.of("Security"), RulesPresets.of(RulesPresets.CONSENSUS), T0);
        s.recordRollCall(seats.stream()
                .map(seat -> Map.entry(seat.seatId(), Attendance.PRESENT))
                .toList());
        s.floor().addSpeaker("india");
        s.floor().next(T0);
        s.floor().yieldFloor(YieldTarget.DELEGATE, "russia", T0.plusSeconds(30));
        s.floor().raisePoint("p1", PointType.ORDER, "china", null, T0);
        s.motions().raise("m1", new MotionRequest(MotionType.MODERATED_CAUCUS, "india", 600, 60, "Security"), T0);
        s.motions().raise("m2", new MotionRequest(MotionType.SET_SPEAKING_TIME, "china", null, 45, null), T0);
        s.motions().sendToVote("m1", "v1", T0);
        s.motions().applyVoteResult("v1", "m1", true, T0.plusSeconds(60));
        s.expireCaucus(T0.plusSeconds(660));
        s.motions().raise("a1", motion(MotionType.SET_AGENDA, "Security"), T0);
        s.motions().decide("a1", MotionDecision.ADOPTED, T0);
        s.motions().raise("t1", motion(MotionType.TABLE_DEBATE, null), T0);
        s.motions().decide("t1", MotionDecision.ADOPTED, T0);
        s.motions().raise("a2", motion(MotionType.SET_AGENDA, "Security"), T0);
        s.motions().decide("a2", MotionDecision.ADOPTED, T0);
        s.motions().raise("d1", motion(MotionType.SUSPEND_MEETING, null), T0);
        s.motions().decide("d1", MotionDecision.DILATORY, T0);
        s.motions().raise("ap", motion(MotionType.APPEAL_CHAIR, null), T0);
        s.motions().decide("ap", MotionDecision.ADOPTED, T0);
        s.motions().decide("d1", MotionDecision.OUT_OF_ORDER, T0);
        s.motions().raise("m3", new MotionRequest(MotionType.CLOSE_DEBATE, "russia", null, null, null), T0);
        s.motions().decide("m3", MotionDecision.ADOPTED, T0);
        s.motions().raise("rc", motion(MotionType.ROLL_CALL_VOTE, null), T0);
        s.motions().decide("rc", MotionDecision.ADOPTED, T0);
        s.motions().raise("dq", motion(MotionType.DIVIDE_QUESTION, "Clause 3"), T0);
        s.motions().sendToVote("dq", "v2", T0);
        s.motions().applyVoteResult("v2", "dq", false, T0);
        s.endVotingProcedure();
        s.suspend();
        s.adjourn();
        return events.toPending(s, T0.plusSeconds(900));
    }

    private static MotionRequest motion(MotionType type, String topic) {
        return new MotionRequest(type, "china", null, null, topic);
    }
}
