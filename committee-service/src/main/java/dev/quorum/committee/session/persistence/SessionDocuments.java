package dev.quorum.committee.session.persistence;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.session.domain.Attendance;
import dev.quorum.committee.session.domain.Caucus;
import dev.quorum.committee.session.domain.Motion;
import dev.quorum.committee.session.domain.MotionStatus;
import dev.quorum.committee.session.domain.PendingVote;
import dev.quorum.committee.session.domain.Point;
import dev.quorum.committee.session.domain.PointType;
import dev.quorum.committee.session.domain.SessionData;
import dev.quorum.committee.session.domain.SessionState;
import dev.quorum.committee.session.domain.Speaker;
import dev.quorum.committee.session.domain.SpeakersList;
import dev.quorum.committee.session.domain.Timer;
import dev.quorum.committee.session.domain.VoteMethod;
import dev.quorum.committee.session.domain.YieldTarget;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Maps a session's state to BSON and back, field by field (no reflection, no surprises on rename). */
final class SessionDocuments {
    private SessionDocuments() {}

    static Document data(SessionData s) {
        return new Document("state", s.state().name())
                .append(
                        "attendance",
                        s.attendanceInOrder().stream()
                                .map(e -> new Document("seatId", e.getKey())
                                        .append("attendance", e.getValue().name()))
                                .toList())
                .append("speakingTimeSeconds", s.speakingTimeSeconds())
                .append("generalList", list(s.generalList()))
                .append("caucusList", s.caucusList() == null ? null : list(s.caucusList()))
                .append("currentSpeaker", s.currentSpeaker() == null ? null : speaker(s.currentSpeaker()))
                .append("caucus", s.caucus() == null ? null : caucus(s.caucus()))
                .append(
                        "motions",
                        s.motions().stream().map(SessionDocuments::motion).toList())
                .append("motionsRaised", s.motionsRaised())
                .append("pendingVote", s.pendingVote() == null ? null : vote(s.pendingVote()))
                .append(
                        "points",
                        s.points().stream().map(SessionDocuments::point).toList())
                .append("agendaItem", s.procedure().agendaItem())
                .append("tabledItems", s.procedure().tabledItems())
                .append("nextVoteMethod", s.procedure().nextVoteMethod().name())
                .append("lastRuling", s.procedure().lastRuling());
    }

    static SessionData data(Document d) {
        Map<String, Attendance> attendance = new LinkedHashMap<>();
        d.getList("attendance", Document.class)
                .forEach(a -> attendance.put(a.getString("seatId"), Attendance.valueOf(a.getString("attendance"))));
        return new SessionData(
                SessionState.valueOf(d.getString("state")),
                attendance,
                d.getInteger("speakingTimeSeconds"),
                list(d.get("generalList", Document.class)),
                list(d.get("caucusList", Document.class)),
                speaker(d.get("currentSpeaker", Document.class)),
                caucus(d.get("caucus", Document.class)),
                d.getList("motions", Document.class).stream()
                        .map(SessionDocuments::motion)
                        .toList(),
                d.get("motionsRaised", Number.class).longValue(),
                vote(d.get("pendingVote", Document.class)),
                d.getList("points", Document.class).stream()
                        .map(SessionDocuments::point)
                        .toList(),
                procedure(d));
    }

    /** Sessions stored before procedural motions had effects lack these fields: they read as initial. */
    private static SessionData.Procedure procedure(Document d) {
        return new SessionData.Procedure(
                d.getString("agendaItem"),
                d.getList("tabledItems", String.class, List.of()),
                method(d.getString("nextVoteMethod")),
                d.getString("lastRuling"));
    }

    private static VoteMethod method(String name) {
        return name == null ? VoteMethod.PLACARD : VoteMethod.valueOf(name);
    }

    private static Document list(SpeakersList l) {
        return new Document("listId", l.listId()).append("open", l.open()).append("queue", l.queue());
    }

    private static SpeakersList list(Document d) {
        return d == null
                ? null
                : new SpeakersList(d.getString("listId"), d.getBoolean("open"), d.getList("queue", String.class));
    }

    private static Document timer(Timer t) {
        return new Document("startedAt", Date.from(t.startedAt()))
                .append("durationSeconds", t.durationSeconds())
                .append("pausedRemainingSeconds", t.pausedRemainingSeconds());
    }

    private static Timer timer(Document d) {
        return new Timer(
                instant(d, "startedAt"), d.getInteger("durationSeconds"), d.getInteger("pausedRemainingSeconds"));
    }

    private static Document speaker(Speaker s) {
        return new Document("seatId", s.seatId())
                .append("timer", timer(s.timer()))
                .append(
                        "yieldedTo",
                        s.yieldedTo() == null ? null : s.yieldedTo().name())
                .append("receivedYield", s.receivedYield());
    }

    private static Speaker speaker(Document d) {
        if (d == null) {
            return null;
        }
        String yieldedTo = d.getString("yieldedTo");
        return new Speaker(
                d.getString("seatId"),
                timer(d.get("timer", Document.class)),
                yieldedTo == null ? null : YieldTarget.valueOf(yieldedTo),
                d.getBoolean("receivedYield"));
    }

    private static Document caucus(Caucus c) {
        return new Document("motionId", c.motionId())
                .append("moderated", c.moderated())
                .append("topic", c.topic())
                .append("speakingTimeSeconds", c.speakingTimeSeconds())
                .append("timer", timer(c.timer()));
    }

    private static Caucus caucus(Document d) {
        return d == null
                ? null
                : new Caucus(
                        d.getString("motionId"),
                        d.getBoolean("moderated"),
                        d.getString("topic"),
                        d.getInteger("speakingTimeSeconds"),
                        timer(d.get("timer", Document.class)));
    }

    private static Document motion(Motion m) {
        return new Document("motionId", m.motionId())
                .append("type", m.type().name())
                .append("seatId", m.seatId())
                .append("durationSeconds", m.durationSeconds())
                .append("speakingTimeSeconds", m.speakingTimeSeconds())
                .append("topic", m.topic())
                .append("raisedAt", Date.from(m.raisedAt()))
                .append("sequence", m.sequence())
                .append("status", m.status().name())
                .append("voteId", m.voteId());
    }

    private static Motion motion(Document d) {
        return new Motion(
                d.getString("motionId"),
                MotionType.valueOf(d.getString("type")),
                d.getString("seatId"),
                d.getInteger("durationSeconds"),
                d.getInteger("speakingTimeSeconds"),
                d.getString("topic"),
                instant(d, "raisedAt"),
                d.get("sequence", Number.class).longValue(),
                MotionStatus.valueOf(d.getString("status")),
                d.getString("voteId"));
    }

    private static Document vote(PendingVote v) {
        return new Document("voteId", v.voteId())
                .append("motionId", v.motionId())
                .append("title", v.title())
                .append("requestedAt", Date.from(v.requestedAt()))
                .append("method", v.method().name());
    }

    private static PendingVote vote(Document d) {
        return d == null
                ? null
                : new PendingVote(
                        d.getString("voteId"),
                        d.getString("motionId"),
                        d.getString("title"),
                        instant(d, "requestedAt"),
                        method(d.getString("method")));
    }

    private static Document point(Point p) {
        return new Document("pointId", p.pointId())
                .append("type", p.type().name())
                .append("seatId", p.seatId())
                .append("text", p.text())
                .append("raisedAt", Date.from(p.raisedAt()))
                .append("ruling", p.ruling())
                .append("resolved", p.resolved());
    }

    private static Point point(Document d) {
        return new Point(
                d.getString("pointId"),
                PointType.valueOf(d.getString("type")),
                d.getString("seatId"),
                d.getString("text"),
                instant(d, "raisedAt"),
                d.getString("ruling"),
                d.getBoolean("resolved"));
    }

    private static Instant instant(Document d, String field) {
        return d.getDate(field).toInstant();
    }
}
