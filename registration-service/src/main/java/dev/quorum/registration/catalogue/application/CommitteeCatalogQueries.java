package dev.quorum.registration.catalogue.application;

import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.ConferenceId;
import org.springframework.stereotype.Service;

/** Shows a conference's committees and seats to the people of that conference, so advisors can rank them. */
@Service
public class CommitteeCatalogQueries {
    private final CommitteeCatalog catalog;
    private final ConferenceRepository conferences;

    public CommitteeCatalogQueries(CommitteeCatalog catalog, ConferenceRepository conferences) {
        this.catalog = catalog;
        this.conferences = conferences;
    }

    /**
     * The conference's committees with their seats, by name. Anyone whose token belongs to the
     * conference (its Secretariat, its schools' advisors) may read them; for anyone else, and for
     * unknown conferences, the conference does not exist.
     */
    public CommitteeCatalog.Page list(QuorumPrincipal caller, String conferenceId, int page, int size) {
        if (!caller.belongsTo(conferenceId)
                || conferences.findById(new ConferenceId(conferenceId)).isEmpty()) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
        return catalog.committeesOf(conferenceId, page, size);
    }
}
