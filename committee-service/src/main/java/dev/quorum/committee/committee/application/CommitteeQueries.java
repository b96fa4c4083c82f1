package dev.quorum.committee.committee.application;

import dev.quorum.committee.conference.application.ConferenceCatalog;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import org.springframework.stereotype.Service;

/** Reads committees of a conference the caller belongs to. */
@Service
public class CommitteeQueries {
    private final ConferenceCatalog conferences;
    private final CommitteeRepository committees;

    public CommitteeQueries(ConferenceCatalog conferences, CommitteeRepository committees) {
        this.conferences = conferences;
        this.committees = committees;
    }

    /**
     * The conference's committees, oldest first. A conference this service has not (yet) learnt
     * of, or one the caller does not belong to, answers 404 alike, so ids reveal nothing.
     */
    public CommitteeRepository.Page list(QuorumPrincipal caller, String conferenceId, int page, int size) {
        if (!caller.belongsTo(conferenceId) || conferences.find(conferenceId).isEmpty()) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
        return committees.findPage(conferenceId, page, size);
    }
}
