package dev.quorum.committee.committee.application;

import java.util.Optional;

/** Port through which the sessions code reads committees; it never sees how they are stored. */
public interface CommitteeDirectory {
    /** The committee as stored now, empty when there is none with that id. */
    Optional<CommitteeView> find(String committeeId);
}
