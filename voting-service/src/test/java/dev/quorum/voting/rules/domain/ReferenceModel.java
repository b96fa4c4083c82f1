package dev.quorum.voting.rules.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A small reference model of the rules of procedure, written differently from {@link DecisionRules} on
 * purpose: majorities are shares of the basis compared as exact fractions ("more than half", "at least two
 * thirds"), the yes votes needed are found by search, and refusals are a table of the choices each seat has.
 */
final class ReferenceModel {

    private static final Fraction HALF = new Fraction(1, 2);
    private static final Fraction TWO_THIRDS = new Fraction(2, 3);
    private static final int SEARCH_LIMIT = 2 * DecisionRule.MAX_SEATS + 1;

    private ReferenceModel() {}

    record Expected(Outcome outcome, int requiredYes) {}

    static Expected decide(DecisionRule rule, int yes, int no, int present, int vetoNos) {
        Outcome outcome;
        if (rule.vetoApplies() && vetoNos > 0) {
            outcome = Outcome.VETOED;
        } else {
            outcome = met(rule, yes, no, present) ? Outcome.ADOPTED : Outcome.REJECTED;
        }
        return new Expected(outcome, requiredYes(rule, no, present));
    }

    /** The fewest yes votes that would have met the rule, the other counts unchanged. */
    private static int requiredYes(DecisionRule rule, int no, int present) {
        if (rule.majority() == Majority.CONSENSUS) {
            return 0;
        }
        for (int y = 1; y <= SEARCH_LIMIT; y++) {
            if (met(rule, y, no, present)) {
                return y;
            }
        }
        throw new IllegalStateException("no yes count meets " + rule);
    }

    private static boolean met(DecisionRule rule, int yes, int no, int present) {
        if (rule.majority() == Majority.CONSENSUS) {
            return no == 0;
        }
        if (yes == 0) {
            return false;
        }
        int basis = rule.basis() == MajorityBasis.PRESENT ? present : yes + no;
        Fraction share = new Fraction(yes, basis);
        return switch (rule.majority()) {
            case SIMPLE -> share.compareTo(HALF) > 0;
            case TWO_THIRDS -> share.compareTo(TWO_THIRDS) >= 0;
            case FIXED_COUNT -> yes >= rule.requiredYes();
            case CONSENSUS -> throw new AssertionError("handled above");
        };
    }

    /** Whether the seat may cast this choice. */
    static boolean allows(
            DecisionRule rule,
            VoteKind kind,
            VoteMethod method,
            SeatKind seat,
            Attendance attendance,
            Choice choice,
            boolean passedBefore) {
        return choices(rule, kind, method, seat, attendance, passedBefore).contains(choice);
    }

    /** Whether the committee lists this seat among a vote's eligible seats (VoteRequested.v1). */
    static boolean eligible(VoteKind kind, SeatKind seat, Attendance attendance) {
        return attendance != Attendance.ABSENT && votesOn(seat).contains(kind);
    }

    private static Set<Choice> choices(
            DecisionRule rule,
            VoteKind kind,
            VoteMethod method,
            SeatKind seat,
            Attendance attendance,
            boolean passedBefore) {
        if (!eligible(kind, seat, attendance)) {
            return EnumSet.noneOf(Choice.class);
        }
        Set<Choice> choices = EnumSet.of(Choice.YES, Choice.NO);
        if (method == VoteMethod.ROLL_CALL && !passedBefore) {
            choices.add(Choice.PASS);
        }
        boolean mayAbstain = kind == VoteKind.SUBSTANTIVE
                && rule.abstentionsAllowed()
                && attendance == Attendance.PRESENT
                && !passedBefore;
        if (mayAbstain) {
            choices.add(Choice.ABSTAIN);
        }
        return choices;
    }

    private static Set<VoteKind> votesOn(SeatKind seat) {
        return switch (seat) {
            case MEMBER, VETO_MEMBER -> EnumSet.allOf(VoteKind.class);
            case OBSERVER, NON_STATE_ACTOR -> EnumSet.of(VoteKind.PROCEDURAL);
        };
    }

    /** A non-negative fraction in lowest terms; a zero denominator is a share of nothing, below any share. */
    private record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

        Fraction {
            long gcd = gcd(numerator, denominator);
            if (gcd > 1) {
                numerator /= gcd;
                denominator /= gcd;
            }
        }

        @Override
        public int compareTo(Fraction other) {
            if (denominator == 0 || other.denominator == 0) {
                return denominator == other.denominator ? 0 : (denominator == 0 ? -1 : 1);
            }
            return Long.compare(numerator * other.denominator, other.numerator * denominator);
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }
}
