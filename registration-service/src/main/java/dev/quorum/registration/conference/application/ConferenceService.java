package dev.quorum.registration.conference.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.conference.domain.ConferenceRuleViolation;
import dev.quorum.registration.conference.messaging.ConferenceIntegrationEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Plans conferences and answers who may see which; each conference is its own tenant. */
@Service
public class ConferenceService {
    private final ConferenceRepository conferences;
    private final ConferenceIntegrationEvents integrationEvents;
    private final Clock clock;

    public ConferenceService(
            ConferenceRepository conferences, ConferenceIntegrationEvents integrationEvents, Clock clock) {
        this.conferences = conferences;
        this.integrationEvents = integrationEvents;
        this.clock = clock;
    }

    public Conference plan(
            QuorumPrincipal caller,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            ZoneId timeZone,
            String venue) {
        if (!caller.administersAllConferences()) {
            throw new ForbiddenException("Only the Secretariat of the deployment may create conferences.");
        }
        Conference.Planned planned;
        try {
            planned = Conference.plan(ConferenceId.newId(), name, startDate, endDate, timeZone, venue, clock.instant());
        } catch (ConferenceRuleViolation e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
        conferences.insert(planned.conference(), integrationEvents.toPending(planned.events()));
        return conferences.findById(planned.conference().id()).orElseThrow();
    }

    /** A conference the caller belongs to; others answer 404 so ids reveal nothing. */
    public Conference get(QuorumPrincipal caller, ConferenceId id) {
        return conferences
                .findById(id)
                .filter(c -> caller.belongsTo(c.id().value()))
                .orElseThrow(() -> new NotFoundException("No conference " + id.value() + "."));
    }

    public ConferenceRepository.Page list(QuorumPrincipal caller, int page, int size) {
        boolean all = caller.conferences().contains(QuorumClaims.ALL);
        return conferences.findPage(all ? Optional.empty() : Optional.of(caller.conferences()), page, size);
    }
}
