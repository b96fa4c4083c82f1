package dev.quorum.committee.committee.domain;

import java.time.Instant;
import java.util.List;

/**
 * The descriptive fields of a committee, which may change at any time (a session open or not).
 *
 * @param level null when the Secretariat gives none
 * @param positionPaperDeadline null when position papers are not asked for
 */
public record CommitteeDetails(
        String name,
        String abbreviation,
        CommitteeType type,
        CommitteeLevel level,
        List<String> agendaItems,
        Instant positionPaperDeadline) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ABBREVIATION_LENGTH = 20;
    public static final int MAX_AGENDA_ITEMS = 10;
    public static final int MAX_AGENDA_ITEM_LENGTH = 300;
    /** Deadlines outside these bounds are typing errors, not conferences. */
    public static final Instant EARLIEST_DEADLINE = Instant.parse("2000-01-01T00:00:00Z");

    public static final Instant LATEST_DEADLINE = Instant.parse("2100-01-01T00:00:00Z");

    public CommitteeDetails {
        agendaItems = List.copyOf(agendaItems);
        if (name == null || name.isBlank()) {
            throw new CommitteeRuleViolation("name", "must not be blank");
        }
        if (abbreviation == null || abbreviation.isBlank()) {
            throw new CommitteeRuleViolation("abbreviation", "must not be blank");
        }
        if (positionPaperDeadline != null
                && (positionPaperDeadline.isBefore(EARLIEST_DEADLINE)
                        || positionPaperDeadline.isAfter(LATEST_DEADLINE))) {
            throw new CommitteeRuleViolation(
                    "positionPaperDeadline", "must be between " + EARLIEST_DEADLINE + " and " + LATEST_DEADLINE);
        }
    }
}
