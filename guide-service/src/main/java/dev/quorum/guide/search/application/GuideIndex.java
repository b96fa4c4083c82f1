package dev.quorum.guide.search.application;

import java.util.List;

/**
 * The full-text index over published editions: one entry per guide (its newest edition). Each
 * instance keeps its own in memory (ADR 22); every operation is idempotent, so replays and
 * rebuilds may overlap with live updates.
 */
public interface GuideIndex {
    /** Adds the edition, or replaces the guide's entry if this edition is newer than the indexed one. */
    void put(SearchableEdition edition);

    /** The conference's guides matching {@code query}, best first; at most {@code limit}. */
    List<SearchHit> search(String conferenceId, String query, int limit);
}
