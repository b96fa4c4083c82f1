package dev.quorum.registration.allocation.domain;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random conferences for the property tests (QuickTheories generators). */
final class ConferenceGenerators {

    private ConferenceGenerators() {}

    /** Up to 40 committees of up to 60 seats and up to 60 schools of up to 30 delegates. */
    static Gen<Conference> conferences() {
        return conferences(40, 60, 60, 30, 10);
    }

    /** Conferences small enough to compare with an exhaustive search. */
    static Gen<Conference> smallConferences() {
        return conferences(3, 8, 6, 8, 4);
    }

    /** Any seed, the allocation's or a shuffle's. */
    static Gen<Long> seeds() {
        return longs().all();
    }

    private static Gen<Conference> conferences(
            int maxCommittees, int maxSeats, int maxSchools, int maxDelegates, int maxChoices) {
        return lists().of(committeeSeatSizes(maxSeats))
                .ofSizeBetween(1, maxCommittees)
                .map(ConferenceGenerators::seats)
                .flatMap(seats -> lists().of(school(seats, maxDelegates, maxChoices))
                        .ofSizeBetween(1, maxSchools)
                        .map(schools -> new Conference(seats, numbered(schools))));
    }

    /**
     * The delegation sizes of one committee's seats: all single, all double, or mixed by the bits of
     * a random mask (one draw per committee rather than per seat keeps generation fast).
     */
    private static Gen<List<Integer>> committeeSeatSizes(int maxSeats) {
        Gen<Long> allSingle = Generate.constant(0L);
        Gen<Long> allDouble = Generate.constant(-1L);
        Gen<Long> mixed = longs().all();
        return integers()
                .between(1, maxSeats)
                .zip(
                        Generate.frequency(Pair.of(3, allSingle), Pair.of(1, allDouble), Pair.of(2, mixed)),
                        (seats, doubleMask) -> IntStream.range(0, seats)
                                .mapToObj(seat -> (doubleMask >>> (seat % 64) & 1L) == 1L ? 2 : 1)
                                .toList());
    }

    private static List<Seat> seats(List<List<Integer>> committees) {
        List<Seat> seats = new ArrayList<>();
        for (int c = 0; c < committees.size(); c++) {
            List<Integer> sizes = committees.get(c);
            for (int s = 0; s < sizes.size(); s++) {
                seats.add(new Seat("c" + c + "-s" + s, "c" + c, sizes.get(s)));
            }
        }
        return List.copyOf(seats);
    }

    private static Gen<SchoolDemand> school(List<Seat> seats, int maxDelegates, int maxChoices) {
        return integers()
                .between(1, maxDelegates)
                .zip(
                        lists().of(choice(seats)).ofSizeBetween(0, maxChoices),
                        (delegates, choices) -> new SchoolDemand("unnamed", delegates, choices));
    }

    /**
     * Mostly choices of real seats and committees, a few popular committees wanted more, and now and
     * then a choice that matches nothing: an unknown committee, an unknown seat, or a seat named
     * under another committee.
     */
    private static Gen<Choice> choice(List<Seat> seats) {
        List<String> committees =
                seats.stream().map(Seat::committeeId).distinct().toList();
        Gen<String> committee = Generate.frequency(
                Pair.of(2, Generate.pick(committees.subList(0, Math.min(3, committees.size())))),
                Pair.of(3, Generate.pick(committees)));
        Gen<Seat> seat = Generate.pick(seats);
        return Generate.frequency(
                Pair.of(6, committee.map(Choice::anySeatIn)),
                Pair.of(6, seat.map(s -> Choice.seat(s.committeeId(), s.seatId()))),
                Pair.of(1, Generate.constant(Choice.anySeatIn("unknown-committee"))),
                Pair.of(1, committee.map(c -> Choice.seat(c, "unknown-seat"))),
                Pair.of(1, committee.zip(seat, (c, s) -> Choice.seat(c, s.seatId()))));
    }

    private static List<SchoolDemand> numbered(List<SchoolDemand> schools) {
        List<SchoolDemand> named = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            SchoolDemand school = schools.get(i);
            named.add(new SchoolDemand("school-" + i, school.delegates(), school.rankedChoices()));
        }
        return List.copyOf(named);
    }
}
