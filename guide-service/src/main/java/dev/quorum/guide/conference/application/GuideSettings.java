package dev.quorum.guide.conference.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import org.springframework.stereotype.Service;

/**
 * The guide-side settings of a conference. Registration-service's conference has no word on
 * study guides, so this service keeps it (ADR 21): only that conference's Secretariat changes it.
 */
@Service
public class GuideSettings {
    private final ConferenceCatalog conferences;
    private final GuideSettingsStore store;

    public GuideSettings(ConferenceCatalog conferences, GuideSettingsStore store) {
        this.conferences = conferences;
        this.store = store;
    }

    /** Whether the conference's published guides are public; members of the conference may ask. */
    public boolean guidesArePublic(QuorumPrincipal caller, String conferenceId) {
        requireKnownTo(caller, conferenceId);
        return store.guidesArePublic(conferenceId);
    }

    public void setGuidesPublic(QuorumPrincipal caller, String conferenceId, boolean open) {
        requireKnownTo(caller, conferenceId);
        if (!caller.administers(conferenceId)) {
            throw new ForbiddenException("Only the conference's Secretariat changes its guide settings.");
        }
        store.setGuidesPublic(conferenceId, open);
    }

    private void requireKnownTo(QuorumPrincipal caller, String conferenceId) {
        if (!caller.belongsTo(conferenceId) || conferences.find(conferenceId).isEmpty()) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
    }
}
