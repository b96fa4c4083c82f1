package dev.quorum.committee.session.messaging;

import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.VoteRule;
import dev.quorum.committee.session.domain.Motion;
import dev.quorum.committee.session.domain.Session;
import dev.quorum.committee.session.domain.SessionData;
import dev.quorum.committee.session.domain.SessionEvent;
import dev.quorum.committee.session.domain.Speaker;
import dev.quorum.committee.session.domain.SpeakersList;
import dev.quorum.committee.session.messaging.SessionEventRecords.CaucusEnded;
import dev.quorum.committee.session.messaging.SessionEventRecords.CaucusStarted;
import dev.quorum.committee.session.messaging.SessionEventRecords.CurrentSpeaker;
import dev.quorum.committee.session.messaging.SessionEventRecords.MotionRaised;
import dev.quorum.committee.session.messaging.SessionEventRecords.MotionResolved;
import dev.quorum.committee.session.messaging.SessionEventRecords.SessionAdjourned;
import dev.quorum.committee.session.messaging.SessionEventRecords.SessionChanged;
import dev.quorum.committee.session.messaging.SessionEventRecords.SessionOpened;
import dev.quorum.committee.session.messaging.SessionEventRecords.SpeakersListChanged;
import dev.quorum.committee.session.messaging.VoteContract.QuorumMet;
import dev.quorum.committee.session.messaging.VoteContract.RollCallRecorded;
import dev.quorum.committee.session.messaging.VoteContract.Rule;
import dev.quorum.committee.session.messaging.VoteContract.Rules;
import dev.quorum.committee.session.messaging.VoteContract.SeatAttendance;
import dev.quorum.committee.session.messaging.VoteContract.Subject;
import dev.quorum.committee.session.messaging.VoteContract.VoteRequested;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns what a session change caused into the integration events on {@code committee.events},
 * keyed by committee id (one committee's events stay in order) with the session id as subject.
 */
@Component
public class SessionIntegrationEvents {
    public static final String TOPIC = "committee.events";

    private final PendingEventFactory factory;

    public SessionIntegrationEvents(PendingEventFactory factory) {
        this.factory = factory;
    }

    /** The events of {@code session}'s change, which brings it to {@code version}. */
    public List<PendingEvent> toPending(Session session, Instant now) {
        long version = session.version() + 1;
        return session.events().stream()
                .map(e -> toPending(session, version, e, now))
                .toList();
    }

    private PendingEvent toPending(Session s, long version, SessionEvent event, Instant now) {
        String id = s.id();
        String committee = s.committeeId();
        String conference = s.conferenceId();
        if (event instanceof SessionEvent.Opened) {
            return publish(
                    s,
                    SessionOpened.TYPE,
                    new SessionOpened(
                            id, committee, conference, version, now, s.state().name()));
        }
        if (event instanceof SessionEvent.Adjourned) {
            return publish(s, SessionAdjourned.TYPE, new SessionAdjourned(id, committee, conference, version, now));
        }
        if (event instanceof SessionEvent.Changed c) {
            return publish(
                    s,
                    SessionChanged.TYPE,
                    new SessionChanged(
                            id, committee, conference, version, s.state().name(), c.change(), now));
        }
        if (event instanceof SessionEvent.RollCallTaken) {
            return publish(s, RollCallRecorded.TYPE, rollCall(s, version, now));
        }
        if (event instanceof SessionEvent.SpeakersChanged c) {
            return publish(s, SpeakersListChanged.TYPE, speakers(s, version, c, now));
        }
        if (event instanceof SessionEvent.MotionRaised m) {
            Motion motion = m.motion();
            return publish(
                    s,
                    MotionRaised.TYPE,
                    new MotionRaised(
                            id,
                            committee,
                            conference,
                            version,
                            motion.motionId(),
                            motion.type().name(),
                            motion.seatId(),
                            motion.durationSeconds(),
                            motion.speakingTimeSeconds(),
                            motion.topic(),
                            motion.title(),
                            motion.raisedAt()));
        }
        if (event instanceof SessionEvent.MotionResolved m) {
            return publish(
                    s,
                    MotionResolved.TYPE,
                    new MotionResolved(
                            id,
                            committee,
                            conference,
                            version,
                            m.motion().motionId(),
                            m.motion().type().name(),
                            m.motion().status().name(),
                            m.decidedBy(),
                            m.motion().voteId(),
                            now));
        }
        if (event instanceof SessionEvent.VoteRequested v) {
            return publish(
                    s,
                    VoteRequested.TYPE,
                    new VoteRequested(
                            v.vote().voteId(),
                            committee,
                            conference,
                            id,
                            version,
                            new Subject(
                                    "MOTION", v.motion().motionId(), v.vote().title()),
                            "PROCEDURAL",
                            v.vote().method().name(),
                            false,
                            rule(s.profile()
                                    .motion(v.motion().type())
                                    .orElseThrow()
                                    .rule()),
                            seats(s, s.motions().eligibleForProcedural()),
                            v.vote().requestedAt()));
        }
        if (event instanceof SessionEvent.CaucusStarted c) {
            return publish(
                    s,
                    CaucusStarted.TYPE,
                    new CaucusStarted(
                            id,
                            committee,
                            conference,
                            version,
                            c.caucus().motionId(),
                            c.caucus().moderated(),
                            c.caucus().topic(),
                            c.caucus().speakingTimeSeconds(),
                            c.caucus().timer().startedAt(),
                            c.caucus().timer().durationSeconds()));
        }
        SessionEvent.CaucusEnded c = (SessionEvent.CaucusEnded) event;
        return publish(
                s,
                CaucusEnded.TYPE,
                new CaucusEnded(id, committee, conference, version, c.caucus().motionId(), now));
    }

    private PendingEvent publish(Session s, String type, Object data) {
        return factory.create(TOPIC, type, s.committeeId(), s.id(), data);
    }

    private static SpeakersListChanged speakers(Session s, long version, SessionEvent.SpeakersChanged c, Instant now) {
        SessionData data = s.data();
        SpeakersList list = c.listId().equals(SpeakersList.GENERAL) ? data.generalList() : data.caucusList();
        boolean current = list != null && list.listId().equals(c.listId());
        Speaker speaker = data.currentSpeaker();
        return new SpeakersListChanged(
                s.id(),
                s.committeeId(),
                s.conferenceId(),
                version,
                c.listId(),
                c.change(),
                current && list.open(),
                current ? list.queue() : List.of(),
                speaker == null ? null : currentSpeaker(speaker),
                now);
    }

    static CurrentSpeaker currentSpeaker(Speaker s) {
        return new CurrentSpeaker(
                s.seatId(),
                s.timer().startedAt(),
                s.timer().durationSeconds(),
                s.timer().pausedRemainingSeconds(),
                s.yieldedTo() == null ? null : s.yieldedTo().name(),
                s.receivedYield());
    }

    private static RollCallRecorded rollCall(Session s, long version, Instant now) {
        RulesProfile profile = s.profile();
        return new RollCallRecorded(
                s.committeeId(),
                s.conferenceId(),
                s.id(),
                version,
                now,
                seats(s, s.seats()),
                new QuorumMet(s.quorumToDebate(), s.quorumToVote()),
                new Rules(rule(profile.procedural()), rule(profile.substantive()), profile.nonStateActorsVote()));
    }

    private static List<SeatAttendance> seats(Session s, List<Seat> seats) {
        return seats.stream()
                .map(seat -> new SeatAttendance(
                        seat.seatId(),
                        seat.name(),
                        seat.kind().name(),
                        s.data().attendance().get(seat.seatId()).name()))
                .toList();
    }

    private static Rule rule(VoteRule r) {
        return new Rule(
                r.majority().name(),
                r.basis().name(),
                r.requiredYes(),
                r.abstentionsAllowed(),
                r.vetoApplies(),
                r.changeAllowed());
    }
}
