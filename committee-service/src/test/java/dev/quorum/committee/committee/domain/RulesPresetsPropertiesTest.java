package dev.quorum.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The presets' quorums against a reference model written straight from rules-of-procedure.md
 * ("Presets to ship"), as head counts rounded up rather than as fractions, over random committees
 * (every seat kind, up to 500 seats) and attendances. Fixed seed, as in registration's ADR 9.
 */
class RulesPresetsPropertiesTest {
    private static final long SEED = 20_261_203L;
    private static final int EXAMPLES = 500;

    @Test
    void everyPresetsQuorumToDebateAndToVoteMatchesTheReferenceModel() {
        theory().forAll(committees(), integers().between(0, 3)).checkAssert((committee, presetIndex) -> {
            String preset = List.copyOf(RulesPresets.names()).get(presetIndex);
            RulesProfile profile = RulesPresets.of(preset);
            int voting = committee.votingMembers();
            int present = committee.presentVotingMembers();
            boolean expected = present >= referenceHeadCount(preset, voting);

            assertThat(profile.quorumToDebate().isMet(present, voting))
                    .as("%s, %d of %d voting members present", preset, present, voting)
                    .isEqualTo(expected);
            assertThat(profile.quorumToVote().isMet(present, voting)).isEqualTo(expected);
        });
    }

    @Test
    void votingMembersAreTheMembersAndVetoMembersOnlyInEveryPreset() {
        theory().forAll(committees()).checkAssert(committee -> {
            for (String preset : RulesPresets.names()) {
                boolean nonStateActorsVote = RulesPresets.of(preset).nonStateActorsVote();
                assertThat(Seats.votingMembers(committee.seats(), nonStateActorsVote))
                        .isEqualTo(committee.votingMembers());
            }
        });
    }

    /** The fewest voting members present that make the quorum, as the rules state it. */
    static int referenceHeadCount(String preset, int votingMembers) {
        return switch (preset) {
            case "UNA_USA", "THIMUN" -> Math.max(1, ceilDiv(votingMembers, 3)); // one third
            case "SECURITY_COUNCIL" -> Math.max(9, ceilDiv(9 * votingMembers, 15)); // 9 of 15
            case "CONSENSUS" -> Math.max(1, ceilDiv(votingMembers, 2)); // half
            default -> throw new IllegalArgumentException(preset);
        };
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** A committee: its seats and which of them are present. */
    record RandomCommittee(List<Seat> seats, List<Boolean> present) {
        int votingMembers() {
            return (int) seats.stream().filter(RandomCommittee::votes).count();
        }

        int presentVotingMembers() {
            int n = 0;
            for (int i = 0; i < seats.size(); i++) {
                if (present.get(i) && votes(seats.get(i))) {
                    n++;
                }
            }
            return n;
        }

        private static boolean votes(Seat seat) {
            return seat.kind() == SeatKind.MEMBER || seat.kind() == SeatKind.VETO_MEMBER;
        }
    }

    private static Gen<RandomCommittee> committees() {
        Gen<SeatKind> kinds =
                integers().between(0, SeatKind.values().length - 1).map(i -> SeatKind.values()[i]);
        Gen<List<SeatKind>> seatKinds = lists().of(kinds).ofSizeBetween(0, Seats.MAX_SEATS);
        return seatKinds.flatMap(list -> lists().of(booleans().all())
                .ofSize(list.size())
                .map(present -> {
                    List<Seat> seats = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        seats.add(new Seat("s" + i, "Seat " + i, list.get(i)));
                    }
                    return new RandomCommittee(seats, present);
                }));
    }

    private static QuickTheory theory() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
    }
}
