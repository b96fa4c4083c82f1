package dev.quorum.committee.committee.application;

import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.CommitteeChanges;
import dev.quorum.committee.committee.domain.CommitteeDetails;
import dev.quorum.committee.committee.domain.RulesProfile;
import dev.quorum.committee.committee.domain.SeatDraft;
import dev.quorum.committee.committee.messaging.CommitteeIntegrationEvents;
import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.problem.PreconditionFailedException;
import dev.quorum.platform.security.QuorumPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Creates, reads and changes committees. Only the Secretariat of the committee's conference (or
 * of every conference) changes them; members of the conference read them; to anyone else a
 * committee or conference does not exist (404), so ids reveal nothing.
 */
@Service
public class CommitteeService {
    private final ConferenceCatalog conferences;
    private final CommitteeRepository committees;
    private final OpenSessions sessions;
    private final CommitteeIntegrationEvents integrationEvents;
    private final Clock clock;

    public CommitteeService(
            ConferenceCatalog conferences,
            CommitteeRepository committees,
            OpenSessions sessions,
            CommitteeIntegrationEvents integrationEvents,
            Clock clock) {
        this.conferences = conferences;
        this.committees = committees;
        this.sessions = sessions;
        this.integrationEvents = integrationEvents;
        this.clock = clock;
    }

    /** Creates a committee in a conference this service knows and the caller administers. */
    public Committee create(
            QuorumPrincipal caller,
            String conferenceId,
            CommitteeDetails details,
            int delegationSize,
            RulesProfile profile,
            List<SeatDraft> seats) {
        requireAdministrator(caller, conferenceId);
        Committee.Change created = Committee.create(
                newId(),
                conferenceId,
                details,
                delegationSize,
                profile,
                seats,
                CommitteeService::newId,
                clock.instant());
        committees.insert(created.committee(), integrationEvents.toPending(created.events()));
        return created.committee();
    }

    /**
     * Changes a committee the caller administers.
     *
     * @param expectedVersion the version of the caller's {@code If-Match}: another stored version is a 412
     * @throws ConflictException when seats, delegation size or rules would change while a session is open
     */
    public Committee revise(
            QuorumPrincipal caller, String committeeId, Optional<Long> expectedVersion, CommitteeChanges changes) {
        Committee current = get(caller, committeeId);
        requireAdministrator(caller, current.conferenceId());
        if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
            throw new PreconditionFailedException("The committee is at version " + current.version() + ", not "
                    + expectedVersion.get() + "; reload and try again.");
        }
        Committee.Change revised = current.revise(changes, CommitteeService::newId);
        if (revised.committee().differsForSessions(current) && sessions.anyOpen(committeeId)) {
            throw new ConflictException(
                    "The committee has a session open: its seats, delegation size and rules change only between sessions.");
        }
        committees.update(revised.committee(), integrationEvents.toPending(revised.events()));
        return revised.committee();
    }

    /** A committee of a conference the caller belongs to. */
    public Committee get(QuorumPrincipal caller, String committeeId) {
        return committees
                .findById(committeeId)
                .filter(c -> caller.belongsTo(c.conferenceId()))
                .orElseThrow(() -> new NotFoundException("No committee " + committeeId + "."));
    }

    /** The conference's committees, oldest first, for members of a conference this service knows. */
    public CommitteeRepository.Page list(QuorumPrincipal caller, String conferenceId, int page, int size) {
        requireKnownTo(caller, conferenceId);
        return committees.findPage(conferenceId, page, size);
    }

    private void requireAdministrator(QuorumPrincipal caller, String conferenceId) {
        requireKnownTo(caller, conferenceId);
        if (!caller.administers(conferenceId)) {
            throw new ForbiddenException("Only the conference's Secretariat may create or change its committees.");
        }
    }

    private void requireKnownTo(QuorumPrincipal caller, String conferenceId) {
        if (!caller.belongsTo(conferenceId) || conferences.find(conferenceId).isEmpty()) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
