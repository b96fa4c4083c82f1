package dev.quorum.committee.committee.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses rules profiles that cannot work for the committee's seats. Checks that depend on the
 * seats apply once the committee has any: an empty seat list is a committee still being drafted.
 */
public final class ProfileCheck {
    public static final int MIN_SPEAKING_TIME_SECONDS = 10;
    public static final int MAX_SPEAKING_TIME_SECONDS = 1800;
    /** Bounds the quorum fraction's terms so that the integer comparison can never overflow. */
    public static final int MAX_DENOMINATOR = 1000;

    private static final String FIELD = "rules";

    private ProfileCheck() {}

    /** @throws CommitteeRuleViolation naming the first inconsistent field, under {@code rules.} */
    public static void check(RulesProfile profile, List<Seat> seats) {
        int voting = Seats.votingMembers(seats, profile.nonStateActorsVote());
        quorum("quorumToDebate", profile.quorumToDebate(), seats, voting);
        quorum("quorumToVote", profile.quorumToVote(), seats, voting);
        rule("procedural", profile.procedural(), false, seats, voting);
        rule("substantive", profile.substantive(), true, seats, voting);
        int speaking = profile.defaultSpeakingTimeSeconds();
        if (speaking < MIN_SPEAKING_TIME_SECONDS || speaking > MAX_SPEAKING_TIME_SECONDS) {
            throw violation(
                    "defaultSpeakingTimeSeconds",
                    "must be between " + MIN_SPEAKING_TIME_SECONDS + " and " + MAX_SPEAKING_TIME_SECONDS);
        }
        Set<MotionType> seen = EnumSet.noneOf(MotionType.class);
        for (int i = 0; i < profile.motions().size(); i++) {
            MotionRule motion = profile.motions().get(i);
            String field = "motions[" + i + "]";
            if (motion.type() == null) {
                throw violation(field + ".type", "is required");
            }
            if (!seen.add(motion.type())) {
                throw violation(field + ".type", motion.type() + " is listed twice");
            }
            rule(field + ".rule", motion.rule(), false, seats, voting);
        }
    }

    private static void quorum(String field, Quorum quorum, List<Seat> seats, int voting) {
        if (quorum.denominator() < 1 || quorum.denominator() > MAX_DENOMINATOR) {
            throw violation(field + ".denominator", "must be between 1 and " + MAX_DENOMINATOR);
        }
        if (quorum.numerator() < 1 || quorum.numerator() > quorum.denominator()) {
            throw violation(field + ".numerator", "must make a fraction in (0, 1]: between 1 and the denominator");
        }
        if (quorum.minimumCount() < 0 || quorum.minimumCount() > Seats.MAX_SEATS) {
            throw violation(field + ".minimumCount", "must be between 0 and " + Seats.MAX_SEATS);
        }
        if (!seats.isEmpty() && quorum.minimumCount() > voting) {
            throw violation(
                    field + ".minimumCount",
                    "is more than the committee's " + voting + " voting members: the quorum could never be met");
        }
    }

    private static void rule(String field, VoteRule rule, boolean substantive, List<Seat> seats, int voting) {
        if (rule.majority() == null || rule.basis() == null) {
            throw violation(field + (rule.majority() == null ? ".majority" : ".basis"), "is required");
        }
        if (rule.majority() == Majority.FIXED_COUNT) {
            if (rule.requiredYes() == null || rule.requiredYes() < 1 || rule.requiredYes() > Seats.MAX_SEATS) {
                throw violation(
                        field + ".requiredYes",
                        "FIXED_COUNT needs the yes votes required, between 1 and " + Seats.MAX_SEATS);
            }
            if (!seats.isEmpty() && rule.requiredYes() > voting) {
                throw violation(
                        field + ".requiredYes",
                        "is more than the committee's " + voting + " voting members: nothing could pass");
            }
        } else if (rule.requiredYes() != null) {
            throw violation(field + ".requiredYes", "is only for FIXED_COUNT majorities");
        }
        if (rule.vetoApplies() && !substantive) {
            throw violation(field + ".vetoApplies", "the veto applies to substantive matters only");
        }
        if (rule.vetoApplies() && !seats.isEmpty() && seats.stream().noneMatch(s -> s.kind() == SeatKind.VETO_MEMBER)) {
            throw violation(field + ".vetoApplies", "needs at least one VETO_MEMBER seat");
        }
    }

    private static CommitteeRuleViolation violation(String field, String message) {
        return new CommitteeRuleViolation(FIELD + "." + field, message);
    }
}
