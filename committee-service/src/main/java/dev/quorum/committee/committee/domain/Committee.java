package dev.quorum.committee.committee.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A committee of a conference: its seats and the rules profile its sessions follow.
 *
 * @param version the stored version; a change produces version + 1, which its events carry
 */
public record Committee(
        String id,
        String conferenceId,
        long version,
        CommitteeDetails details,
        int delegationSize,
        RulesProfile profile,
        List<Seat> seats,
        Instant createdAt) {

    public Committee {
        seats = List.copyOf(seats);
    }

    /** A committee and the events its creation or change caused. */
    public record Change(Committee committee, List<CommitteeEvent> events) {}

    /** The new committee at version 1, with its {@link CommitteeEvent.Created}. */
    public static Change create(
            String id,
            String conferenceId,
            CommitteeDetails details,
            int delegationSize,
            RulesProfile profile,
            List<SeatDraft> seats,
            Supplier<String> newSeatId,
            Instant now) {
        checkDelegationSize(delegationSize);
        List<Seat> resolved = Seats.resolve(seats, List.of(), newSeatId);
        ProfileCheck.check(profile, resolved);
        Committee created = new Committee(id, conferenceId, 1, details, delegationSize, profile, resolved, now);
        return new Change(created, List.of(new CommitteeEvent.Created(created)));
    }

    /**
     * This committee with {@code changes} applied, at the next version. Changing the seats or the
     * delegation size causes {@link CommitteeEvent.SeatsChanged}; the profile is checked against
     * the seats it will have.
     */
    public Change revise(CommitteeChanges changes, Supplier<String> newSeatId) {
        int size = changes.delegationSize() == null ? delegationSize : changes.delegationSize();
        checkDelegationSize(size);
        List<Seat> newSeats = changes.seats() == null ? seats : Seats.resolve(changes.seats(), seats, newSeatId);
        RulesProfile newProfile = changes.profile() == null ? profile : changes.profile();
        ProfileCheck.check(newProfile, newSeats);
        Committee revised = new Committee(
                id,
                conferenceId,
                version + 1,
                changes.details() == null ? details : changes.details().applyTo(details),
                size,
                newProfile,
                newSeats,
                createdAt);
        List<CommitteeEvent> events = new ArrayList<>();
        if (size != delegationSize || !newSeats.equals(seats)) {
            events.add(new CommitteeEvent.SeatsChanged(revised));
        }
        return new Change(revised, events);
    }

    /** Whether the two differ in what a running session depends on: seats, delegation size or rules. */
    public boolean differsForSessions(Committee other) {
        return delegationSize != other.delegationSize || !seats.equals(other.seats) || !profile.equals(other.profile);
    }

    private static void checkDelegationSize(int size) {
        if (size != 1 && size != 2) {
            throw new CommitteeRuleViolation("delegationSize", "must be 1 or 2 delegates per seat");
        }
    }
}
