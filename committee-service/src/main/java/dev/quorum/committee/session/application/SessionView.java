package dev.quorum.committee.session.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.session.domain.Caucus;
import dev.quorum.committee.session.domain.Motion;
import dev.quorum.committee.session.domain.PendingVote;
import dev.quorum.committee.session.domain.Point;
import dev.quorum.committee.session.domain.Session;
import dev.quorum.committee.session.domain.SessionData;
import dev.quorum.committee.session.domain.Speaker;
import dev.quorum.committee.session.domain.SpeakersList;
import dev.quorum.committee.session.domain.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A session as screens show it: the body of {@code GET /api/sessions/{id}} and of every event on
 * its live stream. Timers carry {@code startedAt}, duration and paused remainder so that every
 * screen computes the same clock; {@code remainingSeconds} is as of {@code serverTime}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(
        String sessionId,
        String committeeId,
        String conferenceId,
        long version,
        String state,
        Instant openedAt,
        Instant serverTime,
        List<SeatView> attendance,
        QuorumView quorum,
        int speakingTimeSeconds,
        ListView generalList,
        CaucusView caucus,
        ListView caucusList,
        SpeakerView currentSpeaker,
        List<MotionView> pendingMotions,
        List<MotionView> motions,
        VoteView currentVote,
        List<Point> openPoints,
        String agendaItem,
        List<String> tabledItems,
        String nextVoteMethod) {

    public record SeatView(String seatId, String name, String kind, String attendance) {}

    public record QuorumView(int presentVotingMembers, int votingMembers, boolean debate, boolean vote) {}

    public record ListView(String listId, boolean open, List<SeatRef> queue) {}

    public record SeatRef(String seatId, String name) {}

    public record TimerView(
            Instant startedAt, int durationSeconds, Integer pausedRemainingSeconds, int remainingSeconds) {}

    public record SpeakerView(String seatId, String name, TimerView timer, String yieldedTo, boolean receivedYield) {}

    public record CaucusView(
            String motionId, boolean moderated, String topic, int speakingTimeSeconds, TimerView timer) {}

    public record MotionView(
            String motionId,
            String type,
            String seatId,
            Integer durationSeconds,
            Integer speakingTimeSeconds,
            String topic,
            String title,
            Instant raisedAt,
            String status,
            String voteId) {}

    public record VoteView(String voteId, String motionId, String title, Instant requestedAt, String method) {}

    /** The view of {@code session} stored at {@code version}, as of {@code now}. */
    public static SessionView of(Session session, long version, Instant now) {
        SessionData d = session.data();
        Map<String, Seat> seats = session.seats().stream().collect(Collectors.toMap(Seat::seatId, Function.identity()));
        return new SessionView(
                session.id(),
                session.committeeId(),
                session.conferenceId(),
                version,
                d.state().name(),
                session.openedAt(),
                now,
                session.seats().stream()
                        .map(s -> new SeatView(
                                s.seatId(),
                                s.name(),
                                s.kind().name(),
                                d.attendance().get(s.seatId()).name()))
                        .toList(),
                new QuorumView(
                        session.presentVotingMembers(),
                        session.votingMembers(),
                        session.quorumToDebate(),
                        session.quorumToVote()),
                d.speakingTimeSeconds(),
                list(d.generalList(), seats),
                caucus(d.caucus(), now),
                d.caucusList() == null ? null : list(d.caucusList(), seats),
                speaker(d.currentSpeaker(), seats, now),
                session.motions().pending().stream().map(SessionView::motion).toList(),
                d.motions().stream().map(SessionView::motion).toList(),
                vote(d.pendingVote()),
                d.points().stream().filter(p -> !p.resolved()).toList(),
                d.procedure().agendaItem(),
                d.procedure().tabledItems(),
                d.procedure().nextVoteMethod().name());
    }

    private static ListView list(SpeakersList l, Map<String, Seat> seats) {
        return new ListView(
                l.listId(),
                l.open(),
                l.queue().stream()
                        .map(id -> new SeatRef(id, seats.get(id).name()))
                        .toList());
    }

    private static TimerView timer(Timer t, Instant now) {
        return new TimerView(t.startedAt(), t.durationSeconds(), t.pausedRemainingSeconds(), t.remainingSeconds(now));
    }

    private static SpeakerView speaker(Speaker s, Map<String, Seat> seats, Instant now) {
        return s == null
                ? null
                : new SpeakerView(
                        s.seatId(),
                        seats.get(s.seatId()).name(),
                        timer(s.timer(), now),
                        s.yieldedTo() == null ? null : s.yieldedTo().name(),
                        s.receivedYield());
    }

    private static CaucusView caucus(Caucus c, Instant now) {
        return c == null
                ? null
                : new CaucusView(
                        c.motionId(), c.moderated(), c.topic(), c.speakingTimeSeconds(), timer(c.timer(), now));
    }

    private static MotionView motion(Motion m) {
        return new MotionView(
                m.motionId(),
                m.type().name(),
                m.seatId(),
                m.durationSeconds(),
                m.speakingTimeSeconds(),
                m.topic(),
                m.title(),
                m.raisedAt(),
                m.status().name(),
                m.voteId());
    }

    private static VoteView vote(PendingVote v) {
        return v == null
                ? null
                : new VoteView(
                        v.voteId(),
                        v.motionId(),
                        v.title(),
                        v.requestedAt(),
                        v.method().name());
    }
}
