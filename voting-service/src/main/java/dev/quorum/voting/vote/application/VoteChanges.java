package dev.quorum.voting.vote.application;

import dev.quorum.voting.vote.domain.Vote;

/** Told of every change of a vote this instance wrote, so live streams follow without polling. */
public interface VoteChanges {
    void changed(Vote vote);
}
