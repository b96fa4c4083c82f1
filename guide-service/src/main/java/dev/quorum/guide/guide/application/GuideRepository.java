package dev.quorum.guide.guide.application;

import java.util.List;

/** Study guides by conference. */
public interface GuideRepository {
    Page findPage(String conferenceId, int page, int size);

    /** A study guide as lists show it. */
    record Summary(String id, String committeeId, String title) {}

    record Page(List<Summary> items, long total) {}
}
