package dev.quorum.registration.allocation.domain;

import static dev.quorum.registration.allocation.domain.Choice.anySeatIn;
import static dev.quorum.registration.allocation.domain.Choice.seat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final long[] SEEDS = LongStream.range(0, 40).toArray();

    @Test
    void schoolGetsItsFirstChoiceWhenNobodyElseWantsIt() {
        Conference conference = Conference.builder()
                .committee("DISEC", 1, "France", "Chad")
                .committee("WHO", 1, "Peru")
                .school("Lycee", 1, seat("WHO", "WHO-Peru"), anySeatIn("DISEC"))
                .school("Academy", 1, anySeatIn("DISEC"))
                .build();

        for (long seed : SEEDS) {
            Allocation allocation = conference.allocate(seed);
            assertThat(allocation.seatsOf("Lycee")).containsExactly("WHO-Peru");
            assertThat(allocation.picks()).contains(new Pick(1, "Lycee", "WHO-Peru", 1));
        }
    }

    @Test
    void snakeOrderGivesSecondRoundFirstPickToLastSchool() {
        Conference conference = Conference.builder()
                .committee("GA", 1, "A", "B", "C", "D", "E", "F", "G", "H")
                .school("s1", 2)
                .school("s2", 2)
                .school("s3", 2)
                .school("s4", 2)
                .build();

        Allocation allocation = conference.allocate(7);

        List<String> firstRound = schoolsPickingIn(allocation, 1);
        List<String> secondRound = schoolsPickingIn(allocation, 2);
        assertThat(firstRound).containsExactlyInAnyOrder("s1", "s2", "s3", "s4");
        assertThat(secondRound).containsExactlyElementsOf(reversed(firstRound));
    }

    @Test
    void differentSeedsCanGiveAContestedSeatToDifferentSchools() {
        Conference conference = Conference.builder()
                .committee("UNSC", 1, "France", "Chad")
                .school("Lycee", 1, seat("UNSC", "UNSC-France"))
                .school("Academy", 1, seat("UNSC", "UNSC-France"))
                .build();

        Set<String> winners = new HashSet<>();
        for (long seed : SEEDS) {
            Allocation allocation = conference.allocate(seed);
            winners.add(allocation.schoolBySeat().get("UNSC-France"));
            assertThat(allocation.everyDelegationComplete()).isTrue();
        }
        assertThat(winners).containsExactlyInAnyOrder("Lycee", "Academy");
    }

    @Test
    void committeeWideChoiceLeavesTheSeatAnotherSchoolAskedForByName() {
        Conference conference = Conference.builder()
                .committee("DISEC", 1, "France", "Chad")
                .school("Lycee", 1, anySeatIn("DISEC"))
                .school("Academy", 1, seat("DISEC", "DISEC-France"))
                .build();

        for (long seed : SEEDS) {
            assertThat(conference.allocate(seed).schoolBySeat())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("DISEC-France", "Academy", "DISEC-Chad", "Lycee"));
        }
    }

    @Test
    void doubleSeatIsNeverGivenToASchoolWithOneDelegateLeft() {
        Conference conference = Conference.builder()
                .committee("GA", 2, "France")
                .committee("WHO", 1, "Chad")
                .school("Lycee", 1, seat("GA", "GA-France"))
                .build();

        Allocation allocation = conference.allocate(1);

        assertThat(allocation.seatsOf("Lycee")).containsExactly("WHO-Chad");
        assertThat(allocation.picks()).containsExactly(new Pick(1, "Lycee", "WHO-Chad", SchoolDemand.UNRANKED));
    }

    @Test
    void lastDelegateStaysUnmetWhenOnlyDoubleSeatsAreLeft() {
        Conference conference = Conference.builder()
                .committee("GA", 2, "France", "Chad")
                .school("Lycee", 3)
                .build();

        Allocation allocation = conference.allocate(1);

        assertThat(allocation.placed("Lycee")).isEqualTo(2);
        assertThat(allocation.unmetDelegates()).containsExactly(Map.entry("Lycee", 1));
    }

    @Test
    void schoolWithAnEvenDelegationLeavesTheLastSingleSeatToTheSchoolThatNeedsIt() {
        // Greedy picking would strand both: if Lycee took its first choice, Academy's one delegate
        // could not use the double seat, and neither could Lycee's second delegate.
        Conference conference = Conference.builder()
                .committee("DISEC", 1, "France")
                .committee("SPECPOL", 2, "Brazil")
                .school("Lycee", 2, seat("DISEC", "DISEC-France"), anySeatIn("SPECPOL"))
                .school("Academy", 1)
                .build();

        for (long seed : SEEDS) {
            Allocation allocation = conference.allocate(seed);
            assertThat(allocation.everyDelegationComplete()).isTrue();
            assertThat(allocation.seatsOf("Lycee")).containsExactly("SPECPOL-Brazil");
            assertThat(allocation.seatsOf("Academy")).containsExactly("DISEC-France");
        }
    }

    @Test
    void schoolWhoseChoicesAreGoneIsSeatedInTheCommitteeWithTheMostFreeSeats() {
        Conference conference = Conference.builder()
                .committee("WHO", 1, "Peru")
                .committee("GA", 1, "France", "Chad", "Brazil")
                .school("Lycee", 1, anySeatIn("NoSuchCommittee"), seat("WHO", "WHO-Atlantis"))
                .build();

        Allocation allocation = conference.allocate(3);

        assertThat(allocation.seatsOf("Lycee")).singleElement().asString().startsWith("GA-");
        assertThat(allocation.picks().get(0).choiceRank()).isEqualTo(SchoolDemand.UNRANKED);
    }

    @Test
    void shortDelegationsAreReportedWhenSeatsRunOut() {
        Conference conference = Conference.builder()
                .committee("GA", 1, "France", "Chad", "Peru")
                .school("Lycee", 2)
                .school("Academy", 2)
                .school("Empty", 0)
                .build();

        Allocation allocation = conference.allocate(5);

        assertThat(allocation.placedDelegates()).containsOnlyKeys("Lycee", "Academy", "Empty");
        assertThat(allocation.placed("Lycee") + allocation.placed("Academy")).isEqualTo(3);
        assertThat(allocation.unmetDelegates().values()).containsExactly(1);
        assertThat(allocation.everyDelegationComplete()).isFalse();
    }

    @Test
    void allocationForAGivenSeedNeverChanges() {
        // Pins the seeded order: java.util.Random's sequence for a seed is fixed by the Java SE
        // specification, so this result is the same on every JVM and Java version.
        Conference conference = Conference.builder()
                .committee("DISEC", 1, "France", "Chad", "Peru")
                .committee("UNSC", 2, "Brazil", "Japan")
                .school("Lycee", 3, anySeatIn("UNSC"))
                .school("Academy", 2, seat("DISEC", "DISEC-France"))
                .school("College", 2, anySeatIn("DISEC"))
                .build();

        assertThat(conference.allocate(42).picks())
                .containsExactly(
                        new Pick(1, "Lycee", "UNSC-Brazil", 1),
                        new Pick(1, "College", "DISEC-Chad", 1),
                        // Academy's first choice is a single seat; taking it with two delegates to
                        // place would leave three schools with one delegate each for two singles.
                        new Pick(1, "Academy", "UNSC-Japan", SchoolDemand.UNRANKED),
                        new Pick(2, "College", "DISEC-Peru", 1),
                        new Pick(2, "Lycee", "DISEC-France", SchoolDemand.UNRANKED));
    }

    @Test
    void preferenceRankIsThePositionOfTheFirstMatchingChoice() {
        SchoolDemand school =
                new SchoolDemand("Lycee", 2, List.of(seat("GA", "GA-France"), anySeatIn("WHO"), anySeatIn("GA")));

        assertThat(school.preferenceRank(new Seat("GA-France", "GA", 1))).isEqualTo(1);
        assertThat(school.preferenceRank(new Seat("WHO-Peru", "WHO", 1))).isEqualTo(2);
        assertThat(school.preferenceRank(new Seat("GA-Chad", "GA", 2))).isEqualTo(3);
        assertThat(school.preferenceRank(new Seat("UNSC-Chad", "UNSC", 1))).isEqualTo(SchoolDemand.UNRANKED);
    }

    @Test
    void rejectsTwoSeatsWithTheSameId() {
        assertThatThrownBy(() -> Allocator.allocate(
                        List.of(new Seat("GA-France", "GA", 1), new Seat("GA-France", "GA", 1)), List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GA-France");
    }

    @Test
    void rejectsTwoSchoolsWithTheSameId() {
        assertThatThrownBy(() -> Allocator.allocate(
                        List.of(),
                        List.of(new SchoolDemand("Lycee", 1, List.of()), new SchoolDemand("Lycee", 2, null)),
                        1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lycee");
    }

    @Test
    void rejectsASeatForThreeDelegates() {
        assertThatThrownBy(() -> new Seat("GA-France", "GA", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> schoolsPickingIn(Allocation allocation, int round) {
        return allocation.picks().stream()
                .filter(pick -> pick.round() == round)
                .map(Pick::schoolId)
                .toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
