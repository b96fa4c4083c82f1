package dev.quorum.registration.conference.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.problem.PreconditionFailedException;
import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceChanges;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.conference.domain.RegistrationTerms;
import dev.quorum.registration.conference.messaging.ConferenceIntegrationEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Plans and changes conferences, and answers who may see which; each conference is its own tenant. */
@Service
public class ConferenceService {
    private final ConferenceRepository conferences;
    private final ConferenceIntegrationEvents integrationEvents;
    private final Clock clock;
    private final List<ConferenceRevisionHook> hooks;

    public ConferenceService(
            ConferenceRepository conferences,
            ConferenceIntegrationEvents integrationEvents,
            Clock clock,
            List<ConferenceRevisionHook> hooks) {
        this.conferences = conferences;
        this.integrationEvents = integrationEvents;
        this.clock = clock;
        this.hooks = List.copyOf(hooks);
    }

    public Conference plan(
            QuorumPrincipal caller,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            ZoneId timeZone,
            String venue,
            RegistrationTerms terms) {
        if (!caller.administersAllConferences()) {
            throw new ForbiddenException("Only the Secretariat of the deployment may create conferences.");
        }
        Conference.Change planned = Conference.plan(
                ConferenceId.newId(), name, startDate, endDate, timeZone, venue, terms, clock.instant());
        conferences.insert(planned.conference(), integrationEvents.toPending(planned.events()));
        return conferences.findById(planned.conference().id()).orElseThrow();
    }

    /**
     * Changes a conference the caller administers.
     *
     * @param expectedVersion the version the caller last saw ({@code If-Match}); a newer stored
     *     version fails the precondition (412); a change that races this one is a conflict (409)
     */
    public Conference revise(
            QuorumPrincipal caller, ConferenceId id, Optional<Long> expectedVersion, ConferenceChanges changes) {
        Conference current = conferences
                .findById(id)
                .filter(c -> caller.belongsTo(c.id().value()))
                .orElseThrow(() -> notFound(id));
        if (!caller.administers(id.value())) {
            throw new ForbiddenException("Only the conference's Secretariat may change it.");
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
            throw new PreconditionFailedException("The conference is at version " + current.version() + ", not "
                    + expectedVersion.get() + "; reload and try again.");
        }
        Conference.Change revised = current.revise(changes);
        conferences.update(revised.conference(), integrationEvents.toPending(revised.events()));
        Conference stored = conferences.findById(id).orElseThrow();
        hooks.forEach(hook -> hook.revised(current, stored));
        return stored;
    }

    /** A conference the caller belongs to; others answer 404 so ids reveal nothing. */
    public Conference get(QuorumPrincipal caller, ConferenceId id) {
        return conferences
                .findById(id)
                .filter(c -> caller.belongsTo(c.id().value()))
                .orElseThrow(() -> notFound(id));
    }

    public ConferenceRepository.Page list(QuorumPrincipal caller, int page, int size) {
        boolean all = caller.conferences().contains(QuorumClaims.ALL);
        return conferences.findPage(all ? Optional.empty() : Optional.of(caller.conferences()), page, size);
    }

    private static NotFoundException notFound(ConferenceId id) {
        return new NotFoundException("No conference " + id.value() + ".");
    }
}
