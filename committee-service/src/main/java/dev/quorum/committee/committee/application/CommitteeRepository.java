package dev.quorum.committee.committee.application;

import java.util.List;

/** Committees by conference. */
public interface CommitteeRepository {
    Page findPage(String conferenceId, int page, int size);

    /** A committee as lists show it. */
    record Summary(String id, String name, String abbreviation) {}

    record Page(List<Summary> items, long total) {}
}
