package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.MotionType;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import java.time.Instant;
import java.util.List;

/**
 * Motions of a session: raised for a present seat, taken in the profile's precedence
 * ({@link MotionOrder}), ruled dilatory or out of order, decided by acclamation or sent to a vote,
 * and applied when adopted.
 */
public final class Motions {
    /** Decided motions kept for the record; older ones are dropped so the document stays bounded. */
    static final int CLOSED_KEPT = 100;

    private final Session session;
    private final SessionData data;

    Motions(Session session) {
        this.session = session;
        this.data = session.data;
    }

    /** The open motions not yet sent to a vote, in the order they must be taken. */
    public List<Motion> pending() {
        return data.motions.stream()
                .filter(m -> m.status() == MotionStatus.PENDING)
                .sorted(MotionOrder.of(session.profile))
                .toList();
    }

    public Motion raise(String motionId, MotionRequest request, Instant now) {
        request.check();
        session.requireSitting("raise a motion");
        if (data.state == SessionState.VOTING_PROCEDURE && !MotionEffects.inOrderDuringVoting(request.type())) {
            throw new SessionConflict("The session is in voting procedure: no new business until the vote ends"
                    + " (only motions to divide the question, reorder drafts or vote by roll call).");
        }
        if (session.profile.motion(request.type()).isEmpty()) {
            throw new SessionConflict(
                    "The " + session.profile.preset() + " rules allow no motion " + request.type() + ".");
        }
        session.requireQuorumToDebate("raise a motion");
        session.requirePresent(request.seatId(), "seatId", "raise a motion");
        new MotionEffects(session).checkRaise(request);
        Seat seat = session.seat(request.seatId(), "seatId");
        if (seat.kind() == SeatKind.NON_STATE_ACTOR && !session.profile.nonStateActorsVote()) {
            throw new SessionConflict(
                    seat.name() + " is a non-state actor and may not raise motions in this " + "committee.");
        }
        Motion motion = new Motion(
                motionId,
                request.type(),
                request.seatId(),
                request.durationSeconds(),
                request.speakingTimeSeconds(),
                request.topic(),
                now,
                ++data.motionsRaised,
                MotionStatus.PENDING,
                null);
        data.motions.add(motion);
        dropOldClosed();
        session.record(new SessionEvent.MotionRaised(motion));
        return motion;
    }

    /** The chair decides a pending motion by acclamation, or rules it dilatory or out of order. */
    public void decide(String motionId, MotionDecision decision, Instant now) {
        session.requireSitting("decide a motion");
        Motion motion = pendingMotion(motionId);
        if (decision == MotionDecision.ADOPTED || decision == MotionDecision.REJECTED) {
            requireFirst(motion);
        }
        MotionStatus status = MotionStatus.valueOf(decision.name());
        replace(motion.with(status));
        if (status == MotionStatus.DILATORY || status == MotionStatus.OUT_OF_ORDER) {
            data.lastRuling = motionId;
        }
        session.record(new SessionEvent.MotionResolved(motion.with(status), "CHAIR"));
        if (status == MotionStatus.ADOPTED) {
            new MotionEffects(session).apply(motion, now);
        }
    }

    /** Sends the first pending motion to a vote of the eligible present seats. */
    public PendingVote sendToVote(String motionId, String voteId, Instant now) {
        session.requireSitting("send a motion to a vote");
        Motion motion = pendingMotion(motionId);
        requireFirst(motion);
        if (!session.quorumToVote()) {
            throw new SessionConflict("The quorum to vote is not met (" + session.presentVotingMembers() + " of "
                    + session.votingMembers() + " voting members present).");
        }
        Motion voting = motion.sentToVote(voteId);
        replace(voting);
        // a roll-call motion orders the method of one vote: the next one requested
        PendingVote vote = new PendingVote(voteId, motionId, motion.title(), now, data.nextVoteMethod);
        data.nextVoteMethod = VoteMethod.PLACARD;
        data.pendingVote = vote;
        session.record(new SessionEvent.VoteRequested(vote, voting));
        return vote;
    }

    /** Seats that vote on a motion (a procedural matter): present ones, observers included. */
    public List<Seat> eligibleForProcedural() {
        return session.seats.stream()
                .filter(s -> data.attendance.get(s.seatId()).present())
                .filter(s -> s.kind() != SeatKind.NON_STATE_ACTOR || session.profile.nonStateActorsVote())
                .toList();
    }

    /**
     * Applies a closed vote's outcome to the motion it decided.
     *
     * @return false when the vote was already applied or names no motion voting here (a
     *     redelivered or stray result changes nothing)
     */
    public boolean applyVoteResult(String voteId, String motionId, boolean adopted, Instant now) {
        Motion motion = data.motions.stream()
                .filter(m -> m.motionId().equals(motionId) && voteId.equals(m.voteId()))
                .findFirst()
                .orElse(null);
        if (motion == null || motion.status() != MotionStatus.VOTING) {
            return false;
        }
        Motion decided = motion.with(adopted ? MotionStatus.ADOPTED : MotionStatus.REJECTED);
        replace(decided);
        if (data.pendingVote != null && data.pendingVote.voteId().equals(voteId)) {
            data.pendingVote = null;
        }
        session.record(new SessionEvent.MotionResolved(decided, "VOTE"));
        if (adopted && data.state != SessionState.ADJOURNED) {
            new MotionEffects(session).apply(motion, now);
        }
        return true;
    }

    private Motion pendingMotion(String motionId) {
        Motion motion = data.motions.stream()
                .filter(m -> m.motionId().equals(motionId))
                .findFirst()
                .orElseThrow(() -> new SessionItemMissing("The session has no motion " + motionId + "."));
        if (motion.status() != MotionStatus.PENDING) {
            throw new SessionConflict("The motion is " + motion.status() + ", not pending.");
        }
        return motion;
    }

    private void requireFirst(Motion motion) {
        if (data.pendingVote != null) {
            throw new SessionConflict("A vote is under way (" + data.pendingVote.title() + "); wait for its result.");
        }
        Motion first = pending().get(0);
        if (!first.motionId().equals(motion.motionId())) {
            throw new SessionConflict(
                    "The motion \"" + first.title() + "\" takes precedence and must be disposed of first.");
        }
    }

    void replace(Motion motion) {
        for (int i = 0; i < data.motions.size(); i++) {
            if (data.motions.get(i).motionId().equals(motion.motionId())) {
                data.motions.set(i, motion);
                return;
            }
        }
    }

    /** Motions still pending lapse when one that ends the current business is adopted. */
    void lapsePending() {
        for (Motion m : List.copyOf(data.motions)) {
            if (m.status() == MotionStatus.PENDING) {
                replace(m.with(MotionStatus.LAPSED));
                session.record(new SessionEvent.MotionResolved(m.with(MotionStatus.LAPSED), "LAPSED"));
            }
        }
    }

    private void dropOldClosed() {
        long closed = data.motions.stream().filter(m -> !m.status().open()).count();
        while (closed-- > CLOSED_KEPT) {
            data.motions.remove(data.motions.stream()
                    .filter(m -> !m.status().open())
                    .findFirst()
                    .orElseThrow());
        }
    }

    static boolean endsCurrentBusiness(MotionType type) {
        return switch (type) {
            case ADJOURN_MEETING, SUSPEND_MEETING, UNMODERATED_CAUCUS, MODERATED_CAUCUS, CLOSE_DEBATE, TABLE_DEBATE ->
                true;
            default -> false;
        };
    }
}
