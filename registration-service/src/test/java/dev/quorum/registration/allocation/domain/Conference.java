package dev.quorum.registration.allocation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The input of an allocation, as test data, with look-ups for checking a result. */
final class Conference {

    private final List<Seat> seats;
    private final List<SchoolDemand> schools;
    private final Map<String, Seat> seatsById;
    private final Map<String, SchoolDemand> schoolsById;
    private final Map<String, List<Seat>> seatsByCommittee;

    Conference(List<Seat> seats, List<SchoolDemand> schools) {
        this.seats = List.copyOf(seats);
        this.schools = List.copyOf(schools);
        seatsById = seats.stream().collect(Collectors.toMap(Seat::seatId, Function.identity()));
        schoolsById = schools.stream().collect(Collectors.toMap(SchoolDemand::schoolId, Function.identity()));
        seatsByCommittee = seats.stream()
                .collect(Collectors.groupingBy(Seat::committeeId, LinkedHashMap::new, Collectors.toList()));
    }

    List<Seat> seats() {
        return seats;
    }

    List<SchoolDemand> schools() {
        return schools;
    }

    Allocation allocate(long seed) {
        return Allocator.allocate(seats, schools, seed);
    }

    Seat seat(String seatId) {
        return seatsById.get(seatId);
    }

    SchoolDemand school(String schoolId) {
        return schoolsById.get(schoolId);
    }

    /** The seats the choice matches: the named seat, or every seat of the committee. */
    List<Seat> seatsMatching(Choice choice) {
        return seatsByCommittee.getOrDefault(choice.committeeId(), List.of()).stream()
                .filter(seat -> matches(choice, seat))
                .toList();
    }

    /**
     * The stated preference: the 1-based position of the school's first choice matching the seat,
     * or {@link SchoolDemand#UNRANKED}. Written out here rather than taken from the production code.
     */
    static int rank(SchoolDemand school, Seat seat) {
        List<Choice> choices = school.rankedChoices();
        for (int i = 0; i < choices.size(); i++) {
            if (matches(choices.get(i), seat)) {
                return i + 1;
            }
        }
        return SchoolDemand.UNRANKED;
    }

    private static boolean matches(Choice choice, Seat seat) {
        return choice.committeeId().equals(seat.committeeId())
                && (choice.seatId() == null || choice.seatId().equals(seat.seatId()));
    }

    @Override
    public String toString() {
        return "Conference[seats=" + seats + ", schools=" + schools + "]";
    }

    /** Fluent builder for example-based tests. */
    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final List<Seat> seats = new ArrayList<>();
        private final List<SchoolDemand> schools = new ArrayList<>();

        /** Seats {@code committee-country} for each country, all of the delegation size. */
        Builder committee(String committeeId, int delegationSize, String... countries) {
            for (String country : countries) {
                seats.add(new Seat(committeeId + "-" + country, committeeId, delegationSize));
            }
            return this;
        }

        Builder school(String schoolId, int delegates, Choice... rankedChoices) {
            schools.add(new SchoolDemand(schoolId, delegates, List.of(rankedChoices)));
            return this;
        }

        Conference build() {
            return new Conference(seats, schools);
        }
    }
}
