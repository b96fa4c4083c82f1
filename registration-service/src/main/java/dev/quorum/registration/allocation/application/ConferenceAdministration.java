package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import org.springframework.stereotype.Component;

/**
 * Allocation belongs to a conference's Secretariat. To callers outside the conference it does not
 * exist (404, so guessed ids reveal nothing); its own advisors and delegates are told they may not (403).
 */
@Component
class ConferenceAdministration {
    private final ConferenceRepository conferences;

    ConferenceAdministration(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    Conference administeredBy(QuorumPrincipal caller, String conferenceId) {
        Conference conference = visibleTo(caller, conferenceId);
        if (!caller.administers(conferenceId)) {
            throw new ForbiddenException("Only the conference's Secretariat may do this.");
        }
        return conference;
    }

    Conference visibleTo(QuorumPrincipal caller, String conferenceId) {
        if (!caller.belongsTo(conferenceId)) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
        return conferences
                .findById(new ConferenceId(conferenceId))
                .orElseThrow(() -> new NotFoundException("No conference " + conferenceId + "."));
    }
}
