package dev.quorum.committee.session.domain;

import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.Seat;
import dev.quorum.committee.committee.domain.SeatKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The SCO committee of the shared study guide: ten members, two observers, the consensus rules. */
final class ScoCommittee {
    static final List<String> MEMBERS = List.of(
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
    static final List<String> OBSERVERS = List.of("Mongolia", "Afghanistan");
    static final List<String> AGENDA =
            List.of("Regional security after January 2022", "Economic connectivity in Central Asia");
    static final Instant T0 = Instant.parse("2025-11-21T09:00:00Z");

    private ScoCommittee() {}

    static List<Seat> seats() {
        List<Seat> seats = new ArrayList<>();
        MEMBERS.forEach(n -> seats.add(new Seat(id(n), n, SeatKind.MEMBER)));
        OBSERVERS.forEach(n -> seats.add(new Seat(id(n), n, SeatKind.OBSERVER)));
        return seats;
    }

    static String id(String name) {
        return "seat-" + name.toLowerCase(java.util.Locale.ROOT);
    }

    static Session openSession() {
        return Session.open("s1", "sco", "acimun", seats(), AGENDA, RulesPresets.of(RulesPresets.CONSENSUS), T0);
    }

    /** An open session where the named seats answered present (everyone else absent). */
    static Session withPresent(String... names) {
        Session session = openSession();
        session.recordRollCall(
                Stream.of(names).map(n -> Map.entry(id(n), Attendance.PRESENT)).toList());
        return session;
    }

    static Session everyonePresent() {
        List<String> all = new ArrayList<>(MEMBERS);
        all.addAll(OBSERVERS);
        return withPresent(all.toArray(String[]::new));
    }
}
