package dev.quorum.registration.allocation.domain;

import static dev.quorum.registration.allocation.domain.Conference.rank;
import static dev.quorum.registration.allocation.domain.ConferenceGenerators.conferences;
import static dev.quorum.registration.allocation.domain.ConferenceGenerators.seeds;
import static dev.quorum.registration.allocation.domain.ConferenceGenerators.smallConferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.Gen;

/**
 * The invariants of {@link Allocator}, over random conferences and seeds, checked with QuickTheories.
 *
 * <p>Every property runs {@value #EXAMPLES} examples from a fixed seed: {@link #SEED} combined with
 * the test method's name, so each property sees its own conferences and every run checks the same
 * ones. A failure reports the smallest falsifying conference found by shrinking and the seed
 * ("Seed was ..."); to try other conferences, change {@link #SEED}.
 */
class AllocatorPropertiesTest {

    private static final long SEED = 20_261_126L;
    private static final int EXAMPLES = 1000;
    /** Enough to shrink a failing conference to a readable one without running for minutes. */
    private static final int SHRINK_CYCLES = 1000;

    private long theorySeed;

    @BeforeEach
    void seedFor(TestInfo test) {
        theorySeed = SEED ^ test.getTestMethod().orElseThrow().getName().hashCode();
    }

    @Test
    void sameConferenceAndSeedGiveTheSameAllocation() {
        forAll(
                conferences(),
                (conference, seed) -> assertThat(conference.allocate(seed)).isEqualTo(conference.allocate(seed)));
    }

    @Test
    void orderOfTheInputListsDoesNotChangeTheAllocation() {
        forAll(conferences(), (conference, seed, shuffleSeed) -> {
            Random random = new Random(shuffleSeed);
            List<Seat> seats = new ArrayList<>(conference.seats());
            List<SchoolDemand> schools = new ArrayList<>(conference.schools());
            Collections.shuffle(seats, random);
            Collections.shuffle(schools, random);

            assertThat(Allocator.allocate(seats, schools, seed)).isEqualTo(conference.allocate(seed));
        });
    }

    @Test
    void noSeatIsGivenTwiceAndNoSchoolGetsMoreDelegatesThanItBrings() {
        forAll(conferences(), (conference, seed) -> {
            Allocation allocation = conference.allocate(seed);

            Set<String> pickedSeats = new HashSet<>();
            Map<String, Integer> delegatesSeated = new HashMap<>();
            for (Pick pick : allocation.picks()) {
                assertThat(pickedSeats.add(pick.seatId()))
                        .as("seat given twice")
                        .isTrue();
                Seat seat = conference.seat(pick.seatId());
                assertThat(allocation.schoolBySeat()).containsEntry(seat.seatId(), pick.schoolId());
                delegatesSeated.merge(pick.schoolId(), seat.delegationSize(), Integer::sum);
            }
            assertThat(allocation.schoolBySeat()).hasSize(pickedSeats.size());
            for (SchoolDemand school : conference.schools()) {
                int seated = delegatesSeated.getOrDefault(school.schoolId(), 0);
                assertThat(seated).isLessThanOrEqualTo(school.delegates());
                assertThat(allocation.placed(school.schoolId())).isEqualTo(seated);
                assertThat(allocation.unmet(school.schoolId())).isEqualTo(school.delegates() - seated);
            }
            assertThat(allocation.placedDelegates())
                    .hasSize(conference.schools().size());
            assertThat(allocation.unmetDelegates().values()).allMatch(unmet -> unmet > 0);
        });
    }

    @Test
    void everyPickRecordsHowTheSchoolRankedItsSeat() {
        forAll(conferences(), (conference, seed) -> {
            for (Pick pick : conference.allocate(seed).picks()) {
                assertThat(pick.choiceRank())
                        .isEqualTo(rank(conference.school(pick.schoolId()), conference.seat(pick.seatId())));
            }
        });
    }

    /**
     * Exactly when there are at least as many single seats as schools with an odd delegation and
     * room for every delegate, every school gets its whole delegation. Both sides of the condition
     * must be well covered, so at least a fifth of the examples meet it and a fifth do not.
     */
    @Test
    void everySchoolGetsItsFullDelegationExactlyWhenCapacityAllows() {
        fullDelegationExactlyWhenCapacityAllows(conferences());
    }

    /**
     * The same on small conferences, where capacity is often just enough: there a rule that spends
     * single seats carelessly (no parity rule) strands delegates in one or two percent of the
     * examples, against about one in a thousand of the large ones.
     */
    @Test
    void everySchoolGetsItsFullDelegationExactlyWhenCapacityAllowsInSmallConferences() {
        fullDelegationExactlyWhenCapacityAllows(smallConferences());
    }

    private void fullDelegationExactlyWhenCapacityAllows(Gen<Conference> conferences) {
        AtomicInteger capacityAllows = new AtomicInteger();
        AtomicInteger capacityFallsShort = new AtomicInteger();
        forAll(conferences, (conference, seed) -> {
            boolean allows = capacityAllows(conference);
            (allows ? capacityAllows : capacityFallsShort).incrementAndGet();

            assertThat(conference.allocate(seed).everyDelegationComplete()).isEqualTo(allows);
        });
        assertThat(capacityAllows).as("examples where capacity allows").hasValueGreaterThanOrEqualTo(EXAMPLES / 5);
        assertThat(capacityFallsShort)
                .as("examples where capacity falls short")
                .hasValueGreaterThanOrEqualTo(EXAMPLES / 5);
    }

    /** Compared with an exhaustive search over every way to give the schools single and double seats. */
    @Test
    void placesAsManyDelegatesAsAnyAllocationCould() {
        forAll(smallConferences(), (conference, seed) -> {
            int placed = conference.allocate(seed).placedDelegates().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();

            assertThat(placed).isEqualTo(ExhaustiveSearch.mostDelegatesPlaceable(conference));
        });
    }

    /**
     * The fairness property: no two schools hold seats of the same delegation size that both would
     * strictly rather swap, by the ranks of their choices (unranked seats equal and below all).
     * Checked from each holder's side: only seats it ranks above its own can be part of such a swap.
     */
    @Test
    void noTwoSchoolsWouldBothRatherSwapSeatsOfTheSameSize() {
        forAll(conferences(), (conference, seed) -> {
            Allocation allocation = conference.allocate(seed);

            for (Pick pick : allocation.picks()) {
                SchoolDemand a = conference.school(pick.schoolId());
                Seat x = conference.seat(pick.seatId());
                for (Choice better : betterChoices(a, x)) {
                    for (Seat y : conference.seatsMatching(better)) {
                        String holderOfY = allocation.schoolBySeat().get(y.seatId());
                        if (holderOfY == null
                                || holderOfY.equals(a.schoolId())
                                || y.delegationSize() != x.delegationSize()) {
                            continue;
                        }
                        SchoolDemand b = conference.school(holderOfY);
                        assertThat(rank(b, x) < rank(b, y))
                                .as("%s holds %s and %s holds %s: both would rather swap", a, x, b, y)
                                .isFalse();
                    }
                }
            }
        });
    }

    @Test
    void noSchoolPrefersASeatOfTheSameSizeThatIsLeftFree() {
        forAll(conferences(), (conference, seed) -> {
            Allocation allocation = conference.allocate(seed);

            for (Pick pick : allocation.picks()) {
                SchoolDemand school = conference.school(pick.schoolId());
                Seat held = conference.seat(pick.seatId());
                for (Choice better : betterChoices(school, held)) {
                    for (Seat seat : conference.seatsMatching(better)) {
                        assertThat(seat.delegationSize() == held.delegationSize()
                                        && !allocation.schoolBySeat().containsKey(seat.seatId()))
                                .as("%s holds %s while %s is free", school, held, seat)
                                .isFalse();
                    }
                }
            }
        });
    }

    @Test
    void choicesThatMatchNoSeatAreIgnored() {
        forAll(conferences(), (conference, seed) -> {
            List<SchoolDemand> withoutUnmatched = conference.schools().stream()
                    .map(school -> new SchoolDemand(
                            school.schoolId(),
                            school.delegates(),
                            school.rankedChoices().stream()
                                    .filter(choice ->
                                            !conference.seatsMatching(choice).isEmpty())
                                    .toList()))
                    .toList();

            // Ranks are positions in each school's own list, so only they may differ.
            assertThat(picksWithoutRanks(Allocator.allocate(conference.seats(), withoutUnmatched, seed)))
                    .isEqualTo(picksWithoutRanks(conference.allocate(seed)));
        });
    }

    /** Checks the property on {@value #EXAMPLES} conferences, each with a seed for the allocation. */
    private void forAll(Gen<Conference> conferences, BiConsumer<Conference, Long> property) {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(conferences, seeds()).checkAssert((conference, seed) -> {
            checked.incrementAndGet();
            property.accept(conference, seed);
        });
        assertThat(checked).as("examples checked").hasValue(EXAMPLES);
    }

    /** The same, each conference with a seed for the allocation and one for shuffling the input. */
    private void forAll(Gen<Conference> conferences, TriConsumer<Conference, Long, Long> property) {
        AtomicInteger checked = new AtomicInteger();
        theory().forAll(conferences, seeds(), seeds()).checkAssert((conference, seed, shuffleSeed) -> {
            checked.incrementAndGet();
            property.accept(conference, seed, shuffleSeed);
        });
        assertThat(checked).as("examples checked").hasValue(EXAMPLES);
    }

    /**
     * QuickTheories skips an example whose random input hashes like an earlier one; with the fixed
     * seeds none does, and the count checked above makes sure every property ran all its examples.
     */
    private QuickTheory theory() {
        return QuickTheory.qt().withFixedSeed(theorySeed).withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES);
    }

    private static boolean capacityAllows(Conference conference) {
        long singleSeats = conference.seats().stream()
                .filter(seat -> seat.delegationSize() == 1)
                .count();
        int room = conference.seats().stream().mapToInt(Seat::delegationSize).sum();
        long oddDelegations = conference.schools().stream()
                .filter(school -> school.delegates() % 2 == 1)
                .count();
        int delegates =
                conference.schools().stream().mapToInt(SchoolDemand::delegates).sum();
        return singleSeats >= oddDelegations && room >= delegates;
    }

    /** The school's choices ranked above the seat: every seat it strictly prefers matches one of them. */
    private static List<Choice> betterChoices(SchoolDemand school, Seat seat) {
        int rank = rank(school, seat);
        return school.rankedChoices()
                .subList(
                        0,
                        rank == SchoolDemand.UNRANKED ? school.rankedChoices().size() : rank - 1);
    }

    private static List<String> picksWithoutRanks(Allocation allocation) {
        return allocation.picks().stream()
                .map(pick -> pick.round() + " " + pick.schoolId() + " " + pick.seatId())
                .toList();
    }
}
