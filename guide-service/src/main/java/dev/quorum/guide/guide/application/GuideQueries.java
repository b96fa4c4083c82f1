package dev.quorum.guide.guide.application;

import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import org.springframework.stereotype.Service;

/** Reads study guides of a conference the caller belongs to. */
@Service
public class GuideQueries {
    private final ConferenceCatalog conferences;
    private final GuideRepository guides;

    public GuideQueries(ConferenceCatalog conferences, GuideRepository guides) {
        this.conferences = conferences;
        this.guides = guides;
    }

    /**
     * The conference's study guides, oldest first. A conference this service has not (yet) learnt
     * of, or one the caller does not belong to, answers 404 alike, so ids reveal nothing.
     */
    public GuideRepository.Page list(QuorumPrincipal caller, String conferenceId, int page, int size) {
        if (!caller.belongsTo(conferenceId) || conferences.find(conferenceId).isEmpty()) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
        return guides.findPage(conferenceId, page, size);
    }
}
