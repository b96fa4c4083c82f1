package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.CommitteeLevel;
import dev.quorum.committee.committee.domain.CommitteeType;
import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.Seat;
import java.time.Instant;
import java.util.List;

/** A committee as the API shows it; {@code rules} is the resolved profile its sessions follow. */
record CommitteeResponse(
        String committeeId,
        String conferenceId,
        long version,
        String name,
        String abbreviation,
        CommitteeType type,
        CommitteeLevel level,
        List<String> agendaItems,
        int delegationSize,
        Instant positionPaperDeadline,
        RulesProfile rules,
        List<Seat> seats,
        Instant createdAt) {

    static CommitteeResponse of(Committee c) {
        return new CommitteeResponse(
                c.id(),
                c.conferenceId(),
                c.version(),
                c.details().name(),
                c.details().abbreviation(),
                c.details().type(),
                c.details().level(),
                c.details().agendaItems(),
                c.delegationSize(),
                c.details().positionPaperDeadline(),
                c.profile(),
                c.seats(),
                c.createdAt());
    }
}
