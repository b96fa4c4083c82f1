package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;
import java.time.Instant;
import java.util.List;

/**
 * What an adopted motion does to the session: a caucus starts with its timer, debate closes and
 * voting procedure begins, speaking time changes, the session suspends or adjourns. Motions about
 * documents (table, agenda, divide the question, reorder drafts, roll-call vote, appeal) are
 * recorded as adopted and change nothing here.
 */
final class MotionEffects {
    private final Session session;
    private final SessionData data;

    MotionEffects(Session session) {
        this.session = session;
        this.data = session.data;
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
            case SET_SPEAKING_TIME -> {
                data.speakingTimeSeconds = motion.speakingTimeSeconds();
                session.record(new SessionEvent.Changed("SPEAKING_TIME_CHANGED"));
            }
            case OPEN_SPEAKERS_LIST, CLOSE_SPEAKERS_LIST -> {
                boolean open = motion.type() == MotionType.OPEN_SPEAKERS_LIST;
                data.generalList = new SpeakersList(SpeakersList.GENERAL, open, data.generalList.queue());
                session.record(new SessionEvent.SpeakersChanged(SpeakersList.GENERAL, open ? "OPENED" : "CLOSED"));
            }
            default -> {
                // decided on the record; its effect belongs to the documents it concerns
            }
        }
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
