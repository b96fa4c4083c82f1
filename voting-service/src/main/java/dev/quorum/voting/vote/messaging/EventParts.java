package dev.quorum.voting.vote.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quorum.voting.rules.domain.DecisionRule;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.domain.Subject;
import dev.quorum.voting.vote.domain.Vote;

/** The parts the voting events share, shaped as in their JSON Schemas. */
public final class EventParts {
    private EventParts() {}

    /** What is voted on. */
    public record SubjectData(String type, String id, String title) {
        static SubjectData of(Subject s) {
            return new SubjectData(s.type().name(), s.id(), s.title());
        }
    }

    /** The rule that decides the vote; {@code requiredYes} only with FIXED_COUNT. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleData(
            String majority,
            String basis,
            Integer requiredYes,
            boolean abstentionsAllowed,
            boolean vetoApplies,
            boolean changeAllowed) {
        static RuleData of(DecisionRule r) {
            return new RuleData(
                    r.majority().name(),
                    r.basis().name(),
                    r.majority().name().equals("FIXED_COUNT") ? r.requiredYes() : null,
                    r.abstentionsAllowed(),
                    r.vetoApplies(),
                    r.changeAllowed());
        }
    }

    /** An eligible seat and its attendance. */
    public record SeatData(String seatId, String name, String kind, String attendance) {
        static SeatData of(EligibleSeat s) {
            return new SeatData(
                    s.seatId(), s.name(), s.kind().name(), s.attendance().name());
        }
    }

    /** Counts; {@code notVoting}: eligible seats without a final ballot (yet). */
    public record CountsData(int yes, int no, int abstain, int notVoting) {
        static CountsData of(Vote v) {
            return new CountsData(
                    v.counts().yes(),
                    v.counts().no(),
                    v.counts().abstain(),
                    v.voters() - v.counts().voted());
        }
    }

    /** The threshold applied and why. */
    public record Threshold(RuleData rule, int required, String explanation) {}
}
