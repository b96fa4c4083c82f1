package dev.quorum.voting.rollcall.domain;

import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.vote.domain.EligibleSeat;
import java.util.List;

/**
 * A session's latest roll call as committee-service recorded it: what a chair's ad-hoc vote is
 * opened on (its seats, attendance and the committee's rules), with no call to committee-service.
 */
public record RollCall(
        String sessionId,
        String committeeId,
        String conferenceId,
        List<EligibleSeat> entries,
        boolean quorumToVote,
        DecisionRule procedural,
        DecisionRule substantive,
        boolean nonStateActorsVote) {

    public RollCall {
        entries = List.copyOf(entries);
    }

    public DecisionRule ruleFor(VoteKind kind) {
        return kind == VoteKind.PROCEDURAL ? procedural : substantive;
    }

    /**
     * The seats that may vote on a vote of this kind: present ones; observers on procedural votes
     * only; non-state actors where the committee lets them vote, on procedural votes only.
     */
    public List<EligibleSeat> eligibleFor(VoteKind kind) {
        return entries.stream()
                .filter(s -> s.attendance() != Attendance.ABSENT)
                .filter(s -> s.kind() != SeatKind.OBSERVER || kind == VoteKind.PROCEDURAL)
                .filter(s ->
                        s.kind() != SeatKind.NON_STATE_ACTOR || (nonStateActorsVote && kind == VoteKind.PROCEDURAL))
                .toList();
    }
}
