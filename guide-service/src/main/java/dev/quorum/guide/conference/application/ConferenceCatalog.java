package dev.quorum.guide.conference.application;

import dev.quorum.guide.conference.domain.Conference;
import java.util.Optional;

/** The conferences this service knows; each is recorded at most once per source version. */
public interface ConferenceCatalog {
    /** Records the conference as of {@code version}; false if that version (or a newer) was recorded. */
    boolean record(Conference conference, long version);

    Optional<Conference> find(String conferenceId);
}
