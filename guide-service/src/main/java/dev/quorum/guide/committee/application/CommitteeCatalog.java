package dev.quorum.guide.committee.application;

import dev.quorum.guide.committee.domain.Committee;
import java.util.Optional;

/** The committees this service knows; each change is recorded at most once per committee version. */
public interface CommitteeCatalog {
    /** Records the committee as of {@code version}; false if that version (or a newer) was recorded. */
    boolean record(Committee committee, long version);

    /**
     * Records that the committee exists at {@code version} without its name (a seats change, which
     * carries none); false if that version (or a newer) was recorded.
     */
    boolean touch(String committeeId, String conferenceId, long version);

    Optional<Committee> find(String committeeId);
}
