package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;
import java.time.Instant;
import java.util.List;

/**
 * What an adopted motion does to the session (rules-of-procedure.md): a caucus starts with its
 * timer, debate closes and voting procedure begins, speaking time changes, the session suspends or
 * adjourns, the agenda is set, debate on the item is tabled, the next vote is taken by roll call, an
 * appeal overturns the chair's last ruling. Dividing the question and reordering draft resolutions
 * act on documents this service does not keep yet (ADR 26): they are decided on the record only.
 */
final class MotionEffects {
    private final Session session;
    private final SessionData data;

    MotionEffects(Session session) {
        this.session = session;
        this.data = session.data;
    }

    /** Motions that may be raised after debate closed: they concern how the votes are taken. */
    static boolean inOrderDuringVoting(MotionType type) {
        return type == MotionType.DIVIDE_QUESTION
                || type == MotionType.REORDER_DRAFTS
                || type == MotionType.ROLL_CALL_VOTE;
    }

    /** Refuses, when raised, a motion that could have no effect if adopted. */
    void checkRaise(MotionRequest request) {
        switch (request.type()) {
            case SET_AGENDA -> {
                if (request.topic() == null || !session.agendaItems.contains(request.topic())) {
                    throw new SessionInputError(
                            "topic", "A motion to set the agenda names one of the committee's agenda items.");
                }
                if (request.topic().equals(data.agendaItem)) {
                    throw new SessionConflict("\"" + request.topic() + "\" is already the agenda item under debate.");
                }
            }
            case TABLE_DEBATE -> {
                if (data.agendaItem == null) {
                    throw new SessionConflict("No agenda item is under debate: set the agenda first.");
                }
            }
            case APPEAL_CHAIR -> {
                if (ruledMotion() == null) {
                    throw new SessionConflict("The chair has made no ruling on a motion that could be appealed.");
                }
            }
            default -> {
                // nothing more than the request's own fields
            }
        }
    }

    void apply(Motion motion, Instant now) {
        if (Motions.endsCurrentBusiness(motion.type())) {
            new Motions(session).lapsePending();
        }
        switch (motion.type()) {
            case ADJOURN_MEETING -> session.adjourn();
            case SUSPEND_MEETING -> session.suspend();
            case UNMODERATED_CAUCUS -> startCaucus(motion, false, now);
            case MODERATED_CAUCUS -> startCaucus(motion, true, now);
            case CLOSE_DEBATE -> {
                session.endCaucusIfAny();
                data.currentSpeaker = null;
                data.state = SessionState.VOTING_PROCEDURE;
                session.record(new SessionEvent.Changed("VOTING_PROCEDURE_BEGAN"));
            }
            case TABLE_DEBATE -> tableDebate();
            case SET_AGENDA -> {
                session.endCaucusIfAny();
                data.tabledItems.remove(motion.topic());
                data.agendaItem = motion.topic();
                data.state = SessionState.FORMAL_DEBATE;
                session.floor().clearGeneralList("AGENDA_SET");
                session.record(new SessionEvent.Changed("AGENDA_SET"));
            }
            case SET_SPEAKING_TIME -> {
                data.speakingTimeSeconds = motion.speakingTimeSeconds();
                session.record(new SessionEvent.Changed("SPEAKING_TIME_CHANGED"));
            }
            case OPEN_SPEAKERS_LIST, CLOSE_SPEAKERS_LIST -> {
                boolean open = motion.type() == MotionType.OPEN_SPEAKERS_LIST;
                data.generalList = new SpeakersList(SpeakersList.GENERAL, open, data.generalList.queue());
                session.record(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, open ? "OPENED" : "CLOSED"));
            }
            case ROLL_CALL_VOTE -> {
                data.nextVoteMethod = VoteMethod.ROLL_CALL;
                session.record(new SessionEvent.Changed("ROLL_CALL_VOTE_ORDERED"));
            }
            case APPEAL_CHAIR -> overturnRuling();
            case DIVIDE_QUESTION, REORDER_DRAFTS -> {
                // decided on the record; dividing and reordering need draft resolutions (ADR 26)
            }
        }
    }

    /** Debate on the item stops; it waits among the tabled items until the agenda is set to it again. */
    private void tableDebate() {
        if (data.agendaItem == null) {
            return; // tabled meanwhile by an earlier motion: nothing left to table
        }
        session.endCaucusIfAny();
        data.tabledItems.add(data.agendaItem);
        data.agendaItem = null;
        data.state = SessionState.FORMAL_DEBATE;
        session.floor().clearGeneralList("DEBATE_TABLED");
        session.record(new SessionEvent.Changed("DEBATE_TABLED"));
    }

    /** The committee overturned the chair: the motion ruled out is pending again, in its precedence. */
    private void overturnRuling() {
        Motion ruled = ruledMotion();
        data.lastRuling = null;
        if (ruled != null) {
            new Motions(session).replace(ruled.with(MotionStatus.PENDING));
            session.record(new SessionEvent.Changed("RULING_OVERTURNED"));
        }
    }

    private Motion ruledMotion() {
        return data.motions.stream()
                .filter(m -> m.motionId().equals(data.lastRuling))
                .filter(m -> m.status() == MotionStatus.DILATORY || m.status() == MotionStatus.OUT_OF_ORDER)
                .findFirst()
                .orElse(null);
    }

    private void startCaucus(Motion motion, boolean moderated, Instant now) {
        session.endCaucusIfAny();
        data.currentSpeaker = null;
        Caucus caucus = new Caucus(
                motion.motionId(),
                moderated,
                motion.topic(),
                moderated ? motion.speakingTimeSeconds() : 0,
                Timer.start(now, motion.durationSeconds()));
        data.caucus = caucus;
        data.caucusList = moderated ? new SpeakersList(motion.motionId(), true, List.of()) : null;
        data.state = moderated ? SessionState.MODERATED_CAUCUS : SessionState.UNMODERATED_CAUCUS;
        session.record(new SessionEvent.CaucusStarted(caucus));
    }
}
