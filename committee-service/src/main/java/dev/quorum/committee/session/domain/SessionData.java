package dev.quorum.committee.session.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored state of a session, kept apart from {@link Session}'s rules so that persistence can
 * read and write it field by field. Only the domain package changes it.
 */
public final class SessionData {
    SessionState state;
    /** Seat id to attendance, in the committee's seat order. */
    final Map<String, Attendance> attendance;

    int speakingTimeSeconds;
    SpeakersList generalList;
    /** The moderated caucus's own list while one runs, else null. */
    SpeakersList caucusList;

    Speaker currentSpeaker;
    Caucus caucus;
    final List<Motion> motions;
    long motionsRaised;
    PendingVote pendingVote;
    final List<Point> points;
    /** The agenda item under debate, set by a motion to set the agenda; null before one passes. */
    String agendaItem;
    /** Agenda items whose debate a motion to table suspended, until the agenda is set to them again. */
    final List<String> tabledItems;
    /** How the next vote the session requests is taken; a roll-call motion sets it for one vote. */
    VoteMethod nextVoteMethod;
    /** The motion the chair last ruled dilatory or out of order: what an appeal would overturn. */
    String lastRuling;

    public SessionData(
            SessionState state,
            Map<String, Attendance> attendance,
            int speakingTimeSeconds,
            SpeakersList generalList,
            SpeakersList caucusList,
            Speaker currentSpeaker,
            Caucus caucus,
            List<Motion> motions,
            long motionsRaised,
            PendingVote pendingVote,
            List<Point> points,
            Procedure procedure) {
        this.state = state;
        this.attendance = new LinkedHashMap<>(attendance);
        this.speakingTimeSeconds = speakingTimeSeconds;
        this.generalList = generalList;
        this.caucusList = caucusList;
        this.currentSpeaker = currentSpeaker;
        this.caucus = caucus;
        this.motions = new ArrayList<>(motions);
        this.motionsRaised = motionsRaised;
        this.pendingVote = pendingVote;
        this.points = new ArrayList<>(points);
        this.agendaItem = procedure.agendaItem();
        this.tabledItems = new ArrayList<>(procedure.tabledItems());
        this.nextVoteMethod = procedure.nextVoteMethod();
        this.lastRuling = procedure.lastRuling();
    }

    /** The state that procedural motions change (agenda, tabling, vote method, rulings). */
    public record Procedure(String agendaItem, List<String> tabledItems, VoteMethod nextVoteMethod, String lastRuling) {
        static final Procedure INITIAL = new Procedure(null, List.of(), VoteMethod.PLACARD, null);
    }

    static SessionData initial(Map<String, Attendance> attendance, int speakingTimeSeconds) {
        return new SessionData(
                SessionState.FORMAL_DEBATE,
                attendance,
                speakingTimeSeconds,
                new SpeakersList(SpeakersList.GENERAL, true, List.of()),
                null,
                null,
                null,
                List.of(),
                0,
                null,
                List.of(),
                Procedure.INITIAL);
    }

    public SessionState state() {
        return state;
    }

    public Map<String, Attendance> attendance() {
        return Map.copyOf(attendance);
    }

    /** Attendance in the committee's seat order. */
    public List<Map.Entry<String, Attendance>> attendanceInOrder() {
        return attendance.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    public int speakingTimeSeconds() {
        return speakingTimeSeconds;
    }

    public SpeakersList generalList() {
        return generalList;
    }

    public SpeakersList caucusList() {
        return caucusList;
    }

    public Speaker currentSpeaker() {
        return currentSpeaker;
    }

    public Caucus caucus() {
        return caucus;
    }

    public List<Motion> motions() {
        return List.copyOf(motions);
    }

    public long motionsRaised() {
        return motionsRaised;
    }

    public PendingVote pendingVote() {
        return pendingVote;
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    public Procedure procedure() {
        return new Procedure(agendaItem, List.copyOf(tabledItems), nextVoteMethod, lastRuling);
    }
}
