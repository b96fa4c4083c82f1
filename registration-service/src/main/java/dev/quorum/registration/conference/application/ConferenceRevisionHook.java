package dev.quorum.registration.conference.application;

import dev.quorum.registration.conference.domain.Conference;

/**
 * What else must happen after the Secretariat changed a conference (e.g. a larger capacity lets
 * waitlisted schools in). Other features implement it so that conferences do not depend on them.
 */
public interface ConferenceRevisionHook {
    /** Called after the change is stored; must be safe to repeat. */
    void revised(Conference before, Conference after);
}
