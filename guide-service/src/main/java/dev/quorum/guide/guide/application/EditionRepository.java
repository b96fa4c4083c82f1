package dev.quorum.guide.guide.application;

import dev.quorum.guide.guide.domain.Edition;
import java.util.List;
import java.util.Optional;

/** Published editions: inserted once, never updated (ADR 21). */
public interface EditionRepository {
    /**
     * Stores a new edition.
     *
     * @return false when the guide already has an edition with that number (nothing stored)
     */
    boolean insert(Edition edition);

    Optional<Edition> find(String guideId, int number);

    /** The guide's editions numbered 1 to {@code upTo}, without their content, oldest first. */
    List<EditionSummary> list(String guideId, int upTo);

    /** An edition as lists show it. */
    record EditionSummary(int number, long sourceVersion, java.time.Instant publishedAt) {}
}
