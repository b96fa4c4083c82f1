package dev.quorum.committee.committee.domain;

import java.time.Instant;
import java.util.List;

/** A partial change of a committee's descriptive fields; each null field stays as it is. */
public record DetailsPatch(
        String name,
        String abbreviation,
        CommitteeType type,
        CommitteeLevel level,
        List<String> agendaItems,
        Instant positionPaperDeadline) {

    public CommitteeDetails applyTo(CommitteeDetails d) {
        return new CommitteeDetails(
                name == null ? d.name() : name,
                abbreviation == null ? d.abbreviation() : abbreviation,
                type == null ? d.type() : type,
                level == null ? d.level() : level,
                agendaItems == null ? d.agendaItems() : agendaItems,
                positionPaperDeadline == null ? d.positionPaperDeadline() : positionPaperDeadline);
    }
}
