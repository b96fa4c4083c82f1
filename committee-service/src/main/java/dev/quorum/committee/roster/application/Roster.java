package dev.quorum.committee.roster.application;

import dev.quorum.committee.committee.application.CommitteeService;
import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.roster.domain.RosterEntry;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Who sits in which seat: for the sessions code and for the committee's chairs and Secretariat. */
@Service
public class Roster implements RosterDirectory {
    private final RosterStore store;
    private final CommitteeService committees;

    public Roster(RosterStore store, CommitteeService committees) {
        this.store = store;
        this.committees = committees;
    }

    @Override
    public boolean seatHeldBy(String committeeId, String seatId, String delegateId) {
        return store.find(seatId)
                .filter(e -> e.committeeId().equals(committeeId))
                .map(e -> e.delegateIds().contains(delegateId))
                .orElse(false);
    }

    /** Every seat of the committee with its holder; seats no school holds have none. */
    public List<SeatHolder> of(QuorumPrincipal caller, String committeeId) {
        Committee committee = committees.get(caller, committeeId);
        boolean chair = caller.hasRole(Roles.CHAIR) && caller.committees().contains(committeeId);
        if (!chair && !caller.administers(committee.conferenceId())) {
            throw new ForbiddenException(
                    "Only the committee's chairs and the conference's Secretariat see its roster.");
        }
        Map<String, RosterEntry> entries = store.ofCommittee(committeeId).stream()
                .collect(Collectors.toMap(RosterEntry::seatId, Function.identity()));
        return committee.seats().stream()
                .map(seat -> SeatHolder.of(seat, entries.get(seat.seatId())))
                .toList();
    }

    /** A seat and who holds it; {@code schoolId} null and no delegates while nobody does. */
    public record SeatHolder(String seatId, String name, String kind, String schoolId, List<String> delegateIds) {
        static SeatHolder of(Seat seat, RosterEntry entry) {
            return new SeatHolder(
                    seat.seatId(),
                    seat.name(),
                    seat.kind().name(),
                    entry == null ? null : entry.schoolId(),
                    entry == null ? List.of() : entry.delegateIds());
        }
    }
}
