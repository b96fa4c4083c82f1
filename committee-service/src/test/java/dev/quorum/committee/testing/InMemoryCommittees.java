package dev.quorum.committee.testing;

import dev.quorum.committee.committee.application.CommitteeDirectory;
import dev.quorum.committee.committee.application.CommitteeView;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import dev.quorum.committee.roster.application.RosterDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Committees and a roster held in memory, for session tests that need a committee without going
 * through the committees API: the SCO of the shared study guide, with fresh ids per call.
 */
public final class InMemoryCommittees implements CommitteeDirectory, RosterDirectory {
    public static final List<String> MEMBERS = List.of(
            "China",
            "India",
            "Iran",
            "Kazakhstan",
            "Kyrgyzstan",
            "Pakistan",
            "Russia",
            "Tajikistan",
            "Uzbekistan",
            "Belarus");
    public static final List<String> OBSERVERS = List.of("Mongolia", "Afghanistan");

    /** The SCO's agenda items in the sample study guide. */
    public static final List<String> AGENDA =
            List.of("Regional security after January 2022", "Economic connectivity in Central Asia");

    private final Map<String, CommitteeView> committees = new ConcurrentHashMap<>();
    private final Set<String> seated = ConcurrentHashMap.newKeySet();

    /** A new SCO committee of a new conference, under the CONSENSUS rules. */
    public CommitteeView newSco() {
        String committeeId = UUID.randomUUID().toString();
        List<Seat> seats = new ArrayList<>();
        MEMBERS.forEach(n -> seats.add(new Seat(committeeId + "-" + n.toLowerCase(), n, SeatKind.MEMBER)));
        OBSERVERS.forEach(n -> seats.add(new Seat(committeeId + "-" + n.toLowerCase(), n, SeatKind.OBSERVER)));
        CommitteeView view = new CommitteeView(
                committeeId,
                UUID.randomUUID().toString(),
                "Shanghai Cooperation Organisation",
                "SCO",
                seats,
                AGENDA,
                RulesPresets.of(RulesPresets.CONSENSUS),
                1);
        committees.put(committeeId, view);
        return view;
    }

    public void seat(String committeeId, String seatId, String delegateId) {
        seated.add(committeeId + "/" + seatId + "/" + delegateId);
    }

    @Override
    public Optional<CommitteeView> find(String committeeId) {
        return Optional.ofNullable(committees.get(committeeId));
    }

    @Override
    public boolean seatHeldBy(String committeeId, String seatId, String delegateId) {
        return seated.contains(committeeId + "/" + seatId + "/" + delegateId);
    }

    /** The seat of that name in the committee. */
    public static String seatId(CommitteeView committee, String name) {
        return committee.seats().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .seatId();
    }
}
