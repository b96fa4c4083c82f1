package dev.quorum.guide.guide.application;

import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.guide.conference.application.GuideSettingsStore;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a conference's guides. Editors (the conference's Secretariat, and the
 * chairs of the guide's committee, from the token's {@code committees} claim) see drafts and edit
 * and publish; the conference's other members see published editions; everyone else sees them
 * only when the conference made its guides public. What a caller may not see answers 404, so ids
 * reveal nothing; what they see but may not change answers 403.
 */
@Component
public class GuideAccess {
    private final ConferenceCatalog conferences;
    private final GuideSettingsStore settings;

    public GuideAccess(ConferenceCatalog conferences, GuideSettingsStore settings) {
        this.conferences = conferences;
        this.settings = settings;
    }

    public boolean edits(QuorumPrincipal caller, String conferenceId, String committeeId) {
        return caller.administers(conferenceId)
                || (caller.hasRole(Roles.CHAIR)
                        && caller.belongsTo(conferenceId)
                        && caller.committees().contains(committeeId));
    }

    /** The conference is known here and the caller may read its published guides; else 404. */
    public void requireReader(QuorumPrincipal caller, String conferenceId) {
        if (conferences.find(conferenceId).isEmpty()
                || !(caller.belongsTo(conferenceId) || settings.guidesArePublic(conferenceId))) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
    }

    /** The caller may edit guides of this committee; 404 if they may not even read, else 403. */
    public void requireEditor(QuorumPrincipal caller, String conferenceId, String committeeId) {
        requireReader(caller, conferenceId);
        if (!edits(caller, conferenceId, committeeId)) {
            throw new ForbiddenException(
                    "Only the committee's chairs and the conference's Secretariat edit or publish its guides.");
        }
    }
}
