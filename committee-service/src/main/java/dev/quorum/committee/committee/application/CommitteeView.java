package dev.quorum.committee.committee.application;

import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seat;
import java.util.List;

/** What the sessions code needs to know of a committee: its seats and rules at {@code version}. */
public record CommitteeView(
        String committeeId,
        String conferenceId,
        String name,
        String abbreviation,
        List<Seat> seats,
        List<String> agendaItems,
        RulesProfile profile,
        long version) {}
