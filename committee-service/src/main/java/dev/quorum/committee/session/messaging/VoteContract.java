package dev.quorum.committee.session.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The records of ADR 12's contract that committee-service produces: VoteRequested and RollCallRecorded. */
public final class VoteContract {
    private VoteContract() {}

    public record VoteRequested(
            String voteId,
            String committeeId,
            String conferenceId,
            String sessionId,
            long version,
            Subject subject,
            String kind,
            String method,
            boolean secret,
            Rule rule,
            List<SeatAttendance> seats,
            Instant requestedAt) {
        public static final String TYPE = SessionEventRecords.PREFIX + "VoteRequested.v1";
    }

    public record RollCallRecorded(
            String committeeId,
            String conferenceId,
            String sessionId,
            long version,
            Instant recordedAt,
            List<SeatAttendance> entries,
            QuorumMet quorum,
            Rules rules) {
        public static final String TYPE = SessionEventRecords.PREFIX + "RollCallRecorded.v1";
    }

    public record Subject(String type, String id, String title) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(
            String majority,
            String basis,
            Integer requiredYes,
            boolean abstentionsAllowed,
            boolean vetoApplies,
            boolean changeAllowed) {}

    public record SeatAttendance(String seatId, String name, String kind, String attendance) {}

    public record QuorumMet(boolean debate, boolean vote) {}

    public record Rules(Rule procedural, Rule substantive, boolean nonStateActorsVote) {}
}
