package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sitting of a committee: its state machine, attendance and quorum. Speakers lists and motions
 * are handled by {@link Floor} and {@link Motions} on the same state, so that one change is one
 * document write. Every method enforces the rules of procedure, throws {@link SessionConflict}
 * (saying why) when the state does not allow the action, and records the events it caused.
 *
 * <p>The committee's seats and rules profile are not part of the stored state: they cannot change
 * while a session is open, and the application passes the current ones in when it loads.
 */
public final class Session {
    final String id;
    final String committeeId;
    final String conferenceId;
    final long version;
    final Instant openedAt;
    final List<Seat> seats;
    final List<String> agendaItems;
    final RulesProfile profile;
    final SessionData data;
    private final List<SessionEvent> events = new ArrayList<>();

    private Session(
            String id,
            String committeeId,
            String conferenceId,
            long version,
            Instant openedAt,
            List<Seat> seats,
            List<String> agendaItems,
            RulesProfile profile,
            SessionData data) {
        this.id = id;
        this.committeeId = committeeId;
        this.conferenceId = conferenceId;
        this.version = version;
        this.openedAt = openedAt;
        this.seats = List.copyOf(seats);
        this.agendaItems = List.copyOf(agendaItems);
        this.profile = profile;
        this.data = data;
    }

    /** Opens a session in formal debate with every seat absent until the roll call. */
    public static Session open(
            String id,
            String committeeId,
            String conferenceId,
            List<Seat> seats,
            List<String> agendaItems,
            RulesProfile profile,
            Instant now) {
        Map<String, Attendance> attendance = new LinkedHashMap<>();
        seats.forEach(s -> attendance.put(s.seatId(), Attendance.ABSENT));
        SessionData data = SessionData.initial(attendance, profile.defaultSpeakingTimeSeconds());
        Session session = new Session(id, committeeId, conferenceId, 0, now, seats, agendaItems, profile, data);
        session.events.add(new SessionEvent.Opened());
        return session;
    }

    /** A stored session, with the committee's current seats, agenda items and profile. */
    public static Session restore(
            String id,
            String committeeId,
            String conferenceId,
            long version,
            Instant openedAt,
            List<Seat> seats,
            List<String> agendaItems,
            RulesProfile profile,
            SessionData data) {
        return new Session(id, committeeId, conferenceId, version, openedAt, seats, agendaItems, profile, data);
    }

    public void suspend() {
        requireSitting("suspend");
        endCaucusIfAny();
        data.currentSpeaker = null;
        data.state = SessionState.SUSPENDED;
        events.add(new SessionEvent.Changed("SUSPENDED"));
    }

    public void resume() {
        if (data.state != SessionState.SUSPENDED) {
            throw new SessionConflict("Only a suspended session can resume; this one is in " + data.state + ".");
        }
        data.state = SessionState.FORMAL_DEBATE;
        events.add(new SessionEvent.Changed("RESUMED"));
    }

    /** The chair ends the caucus under way (its time is up, or the chair closes it early). */
    public void endCaucus() {
        if (data.state != SessionState.MODERATED_CAUCUS && data.state != SessionState.UNMODERATED_CAUCUS) {
            throw new SessionConflict("No caucus is under way; the session is in " + data.state + ".");
        }
        endCaucusIfAny();
        data.currentSpeaker = null;
        data.state = SessionState.FORMAL_DEBATE;
    }

    /**
     * Ends the caucus if its timer has run out at {@code now}: the server-side end of a caucus,
     * called by whichever instance notices first. A paused timer never runs out; a caucus already
     * ended (by the chair or another instance) is left alone, so {@code CaucusEnded} is recorded once.
     *
     * @return whether the caucus ended
     */
    public boolean expireCaucus(Instant now) {
        Caucus caucus = data.caucus;
        if (caucus == null || caucus.timer().paused() || caucus.timer().endsAt().isAfter(now)) {
            return false;
        }
        endCaucus();
        events.add(new SessionEvent.Changed("CAUCUS_TIME_ELAPSED"));
        return true;
    }

    /**
     * The chair ends voting procedure once its votes are over: the session returns to formal
     * debate on a fresh general speakers list (debate on the closed question is over), and the
     * doors reopen to new business.
     */
    public void endVotingProcedure() {
        if (data.state != SessionState.VOTING_PROCEDURE) {
            throw new SessionConflict("The session is not in voting procedure; it is in " + data.state + ".");
        }
        if (data.pendingVote != null) {
            throw new SessionConflict("A vote is under way (" + data.pendingVote.title() + "); wait for its result.");
        }
        new Motions(this).lapsePending();
        data.state = SessionState.FORMAL_DEBATE;
        data.nextVoteMethod = VoteMethod.PLACARD;
        floor().clearGeneralList("DEBATE_REOPENED");
        events.add(new SessionEvent.Changed("VOTING_PROCEDURE_ENDED"));
    }

    public void adjourn() {
        requireNotAdjourned();
        endCaucusIfAny();
        data.currentSpeaker = null;
        data.pendingVote = null;
        data.state = SessionState.ADJOURNED;
        events.add(new SessionEvent.Adjourned());
    }

    /**
     * Records answers to the roll call or late arrivals (the seats not named keep their attendance).
     * Seats marked absent leave every speakers list and, if speaking, the floor.
     */
    public void recordRollCall(List<Map.Entry<String, Attendance>> entries) {
        requireNotAdjourned();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String seatId = entries.get(i).getKey();
            if (!data.attendance.containsKey(seatId)) {
                throw new SessionInputError("entries[" + i + "].seatId", "The committee has no seat " + seatId + ".");
            }
            if (!named.add(seatId)) {
                throw new SessionInputError("entries[" + i + "].seatId", "Seat " + seatId + " is named twice.");
            }
        }
        entries.forEach(e -> data.attendance.put(e.getKey(), e.getValue()));
        events.add(new SessionEvent.RollCallTaken());
        new Floor(this).dropAbsentSeats();
    }

    /** Whether enough voting members are present to debate. */
    public boolean quorumToDebate() {
        return profile.quorumToDebate().isMet(presentVotingMembers(), votingMembers());
    }

    /** Whether enough voting members are present to vote. */
    public boolean quorumToVote() {
        return profile.quorumToVote().isMet(presentVotingMembers(), votingMembers());
    }

    public int votingMembers() {
        return (int) seats.stream()
                .filter(s -> s.kind().votingMember(profile.nonStateActorsVote()))
                .count();
    }

    public int presentVotingMembers() {
        return (int) seats.stream()
                .filter(s -> s.kind().votingMember(profile.nonStateActorsVote()))
                .filter(s -> data.attendance.get(s.seatId()).present())
                .count();
    }

    /** Speakers lists, current speaker, yields, timers and points. */
    public Floor floor() {
        return new Floor(this);
    }

    /** Raising, ordering and deciding motions, and applying vote results. */
    public Motions motions() {
        return new Motions(this);
    }

    void requireSitting(String action) {
        if (!data.state.sitting()) {
            throw new SessionConflict("Cannot " + action + ": the session is " + data.state + ".");
        }
    }

    void requireNotAdjourned() {
        if (data.state == SessionState.ADJOURNED) {
            throw new SessionConflict("The session is adjourned; open a new one.");
        }
    }

    void requireQuorumToDebate(String action) {
        if (!quorumToDebate()) {
            throw new SessionConflict("Cannot " + action + ": the quorum to debate is not met ("
                    + presentVotingMembers() + " of " + votingMembers() + " voting members present).");
        }
    }

    Seat seat(String seatId, String field) {
        return seats.stream()
                .filter(s -> s.seatId().equals(seatId))
                .findFirst()
                .orElseThrow(() -> new SessionInputError(field, "The committee has no seat " + seatId + "."));
    }

    void requirePresent(String seatId, String field, String action) {
        Seat seat = seat(seatId, field);
        if (!data.attendance.get(seatId).present()) {
            throw new SessionConflict(seat.name() + " is absent and cannot " + action + ".");
        }
    }

    void endCaucusIfAny() {
        Caucus caucus = data.caucus;
        if (caucus != null) {
            data.caucus = null;
            if (caucus.moderated()) {
                data.caucusList = null;
            }
            events.add(new SessionEvent.CaucusEnded(caucus));
        }
    }

    void record(SessionEvent event) {
        events.add(event);
    }

    public String id() {
        return id;
    }

    public String committeeId() {
        return committeeId;
    }

    public String conferenceId() {
        return conferenceId;
    }

    /** The stored version this session was loaded at (0 for a new one). */
    public long version() {
        return version;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<Seat> seats() {
        return seats;
    }

    /** The committee's agenda items, which a motion to set the agenda chooses from. */
    public List<String> agendaItems() {
        return agendaItems;
    }

    public RulesProfile profile() {
        return profile;
    }

    public SessionState state() {
        return data.state;
    }

    /** The stored state, for persistence and views. */
    public SessionData data() {
        return data;
    }

    public Optional<PendingVote> pendingVote() {
        return Optional.ofNullable(data.pendingVote);
    }

    /** The events caused since load, in order. */
    public List<SessionEvent> events() {
        return List.copyOf(events);
    }
}
