package dev.quorum.committee.session.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The floor of a session: the speakers list in use (the general one in formal debate, the
 * caucus's own in a moderated caucus), the current speaker and their timer, yields and points.
 */
public final class Floor {
    /** Resolved points kept for the record; older ones are dropped so the document stays bounded. */
    static final int POINTS_KEPT = 50;

    private final Session session;
    private final SessionData data;

    Floor(Session session) {
        this.session = session;
        this.data = session.data;
    }

    /** Puts a present seat at the end of the list in use; one entry per seat per list. */
    public void addSpeaker(String seatId) {
        SpeakersList list = listInUse("add a speaker");
        session.requireQuorumToDebate("add a speaker");
        session.requirePresent(seatId, "seatId", "be put on a speakers list");
        if (!list.open()) {
            throw new SessionConflict("The speakers list is closed.");
        }
        if (list.queue().contains(seatId)) {
            throw new SessionConflict(session.seat(seatId, "seatId").name() + " is already on the list.");
        }
        List<String> queue = new ArrayList<>(list.queue());
        queue.add(seatId);
        replace(new SpeakersList(list.listId(), list.open(), queue), "ADDED");
    }

    public void removeSpeaker(String seatId) {
        SpeakersList list = listInUse("remove a speaker");
        session.seat(seatId, "seatId");
        if (!list.queue().contains(seatId)) {
            throw new SessionConflict(session.seat(seatId, "seatId").name() + " is not on the list.");
        }
        List<String> queue = new ArrayList<>(list.queue());
        queue.remove(seatId);
        replace(new SpeakersList(list.listId(), list.open(), queue), "REMOVED");
    }

    /** The chair puts the list in use in a new order; the same seats, each once. */
    public void reorder(List<String> order) {
        SpeakersList list = listInUse("reorder the speakers list");
        if (order.size() != list.queue().size()
                || !new java.util.HashSet<>(order).equals(new java.util.HashSet<>(list.queue()))) {
            throw new SessionInputError("queue", "A new order names exactly the seats now on the list, each once.");
        }
        replace(new SpeakersList(list.listId(), list.open(), order), "REORDERED");
    }

    /** Gives the floor to the first seat on the list in use, with a fresh speaking-time timer. */
    public void next(Instant now) {
        SpeakersList list = listInUse("call the next speaker");
        if (list.queue().isEmpty()) {
            throw new SessionConflict("The speakers list is empty.");
        }
        List<String> queue = new ArrayList<>(list.queue());
        String seatId = queue.remove(0);
        int seconds = data.caucus != null && data.caucus.moderated()
                ? data.caucus.speakingTimeSeconds()
                : data.speakingTimeSeconds;
        data.currentSpeaker = new Speaker(seatId, Timer.start(now, seconds), null, false);
        replace(new SpeakersList(list.listId(), list.open(), queue), "NEXT_SPEAKER");
    }

    /**
     * The current speaker yields the rest of their time. A delegate who received a yield may not
     * yield again; a yield to questions keeps the speaker on the floor.
     */
    public void yieldFloor(YieldTarget target, String toSeatId, Instant now) {
        Speaker speaker = data.currentSpeaker;
        if (speaker == null) {
            throw new SessionConflict("Nobody has the floor.");
        }
        if (speaker.receivedYield()) {
            throw new SessionConflict("A delegate who received a yield may not yield again.");
        }
        if (speaker.yieldedTo() != null) {
            throw new SessionConflict("The speaker already yielded to " + speaker.yieldedTo() + ".");
        }
        switch (target) {
            case CHAIR -> data.currentSpeaker = null;
            case QUESTIONS ->
                data.currentSpeaker = new Speaker(speaker.seatId(), speaker.timer(), YieldTarget.QUESTIONS, false);
            case DELEGATE -> {
                if (toSeatId == null) {
                    throw new SessionInputError("seatId", "A yield to a delegate names their seat.");
                }
                if (toSeatId.equals(speaker.seatId())) {
                    throw new SessionInputError("seatId", "A speaker cannot yield to themselves.");
                }
                session.requirePresent(toSeatId, "seatId", "receive a yield");
                int left = speaker.timer().remainingSeconds(now);
                data.currentSpeaker = new Speaker(toSeatId, Timer.start(now, left), null, true);
            }
        }
        session.record(new SessionEvent.SpeakersChanged(listInUse("yield").listId(), "YIELD_TO_" + target));
    }

    /** Pauses the current speaker's timer, or the caucus timer when nobody speaks. */
    public void pauseTimer(Instant now) {
        changeTimer(now, true);
    }

    public void resumeTimer(Instant now) {
        changeTimer(now, false);
    }

    public void raisePoint(String pointId, PointType type, String seatId, String text, Instant now) {
        session.requireSitting("raise a point");
        session.requirePresent(seatId, "seatId", "raise a point");
        if (data.state == SessionState.VOTING_PROCEDURE && type != PointType.ORDER) {
            throw new SessionConflict("During voting procedure only points of order about the vote are in order.");
        }
        data.points.add(new Point(pointId, type, seatId, text, now, null, false));
        while (data.points.size() > POINTS_KEPT && data.points.stream().anyMatch(Point::resolved)) {
            data.points.remove(
                    data.points.stream().filter(Point::resolved).findFirst().orElseThrow());
        }
        session.record(new SessionEvent.Changed("POINT_RAISED"));
    }

    public void resolvePoint(String pointId, String ruling) {
        session.requireNotAdjourned();
        for (int i = 0; i < data.points.size(); i++) {
            Point point = data.points.get(i);
            if (point.pointId().equals(pointId)) {
                if (point.resolved()) {
                    throw new SessionConflict("The point is already resolved.");
                }
                data.points.set(i, point.resolve(ruling));
                session.record(new SessionEvent.Changed("POINT_RESOLVED"));
                return;
            }
        }
        throw new SessionItemMissing("The session has no point " + pointId + ".");
    }

    /** A new debate starts on an empty, open general list, with nobody holding the floor. */
    void clearGeneralList(String change) {
        data.currentSpeaker = null;
        data.generalList = new SpeakersList(SpeakersList.GENERAL, true, List.of());
        session.record(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, change));
    }

    /** Absent seats leave every list and the floor (after a roll call marked them absent). */
    void dropAbsentSeats() {
        if (data.generalList != null) {
            dropAbsent(data.generalList).ifPresent(l -> data.generalList = l);
        }
        if (data.caucusList != null) {
            dropAbsent(data.caucusList).ifPresent(l -> data.caucusList = l);
        }
        if (data.currentSpeaker != null
                && !data.attendance.get(data.currentSpeaker.seatId()).present()) {
            data.currentSpeaker = null;
            // The list the speaker was called from: a moderated caucus's own, else the general one.
            String listId = data.state == SessionState.MODERATED_CAUCUS && data.caucusList != null
                    ? data.caucusList.listId()
                    : SpeakersList.GENERAL;
            session.record(new SessionEvent.SpeakersChanged(listId, "SPEAKER_ABSENT"));
        }
    }

    private Optional<SpeakersList> dropAbsent(SpeakersList list) {
        List<String> present = list.queue().stream()
                .filter(s -> data.attendance.get(s).present())
                .toList();
        if (present.size() == list.queue().size()) {
            return Optional.empty();
        }
        session.record(new SessionEvent.SpeakersChanged(list.listId(), "ABSENT_REMOVED"));
        return Optional.of(new SpeakersList(list.listId(), list.open(), present));
    }

    private void changeTimer(Instant now, boolean pause) {
        session.requireSitting(pause ? "pause a timer" : "resume a timer");
        if (data.currentSpeaker != null) {
            Speaker s = data.currentSpeaker;
            Timer timer = pause ? s.timer().pause(now) : s.timer().resume(now);
            data.currentSpeaker = new Speaker(s.seatId(), timer, s.yieldedTo(), s.receivedYield());
        } else if (data.caucus != null) {
            Caucus c = data.caucus;
            Timer timer = pause ? c.timer().pause(now) : c.timer().resume(now);
            data.caucus = new Caucus(c.motionId(), c.moderated(), c.topic(), c.speakingTimeSeconds(), timer);
        } else {
            throw new SessionConflict("No timer is running: nobody speaks and no caucus is under way.");
        }
        session.record(new SessionEvent.Changed(pause ? "TIMER_PAUSED" : "TIMER_RESUMED"));
    }

    private SpeakersList listInUse(String action) {
        return switch (data.state) {
            case FORMAL_DEBATE -> data.generalList;
            case MODERATED_CAUCUS -> data.caucusList;
            default ->
                throw new SessionConflict("Cannot " + action + " while the session is in " + data.state
                        + ": speakers lists are used in formal debate and moderated caucuses.");
        };
    }

    private void replace(SpeakersList list, String change) {
        if (list.listId().equals(SpeakersList.GENERAL)) {
            data.generalList = list;
        } else {
            data.caucusList = list;
        }
        session.record(new SessionEvent.SpeakersChanged(list.listId(), change));
    }
}
