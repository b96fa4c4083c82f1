package dev.quorum.voting.vote.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One seat's ballot in one vote, stored as its own document (one per vote and seat). It is
 * accepted first and counted second; {@code counted} says whether its current revision is in the
 * vote's counts, so that a restart between the two finishes the count instead of losing it.
 *
 * @param previous the revision this one replaced, kept until it is counted so that a replacement
 *     that came too late (the vote closed) can be undone
 * @param castBy the subject of the token that cast it (the delegate, or the chair recording it)
 */
public record Ballot(
        String voteId,
        String seatId,
        SeatBallot current,
        Optional<SeatBallot> previous,
        boolean counted,
        String castBy,
        Instant castAt,
        long version) {}
