package dev.quorum.voting.vote.application;

import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.vote.domain.Vote;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading votes, each checked against the caller (ADR 5: others' votes do not exist for them). */
@Service
public class VoteQueries {
    private final VoteRepository votes;
    private final VoteAccess access;

    VoteQueries(VoteRepository votes, VoteAccess access) {
        this.votes = votes;
        this.access = access;
    }

    public Vote get(QuorumPrincipal caller, String voteId) {
        Vote vote = votes.find(voteId).orElseThrow(() -> VoteAccess.notFound(voteId));
        access.requireRead(caller, vote);
        return vote;
    }

    /** Checks that the caller runs this vote (its committee's chair or the Secretariat). */
    public Vote requireRun(QuorumPrincipal caller, String voteId) {
        Vote vote = votes.find(voteId).orElseThrow(() -> VoteAccess.notFound(voteId));
        access.requireRun(caller, vote);
        return vote;
    }

    /**
     * A session's or a committee's votes, oldest first; an empty page for a caller outside the
     * conference they belong to (as if there were none).
     */
    public VoteRepository.Page list(
            QuorumPrincipal caller, VoteRepository.Filter filter, String value, int page, int size) {
        VoteRepository.Page found = votes.list(filter, value, page, size);
        for (Vote vote : found.items()) {
            try {
                access.requireRead(caller, vote);
            } catch (NotFoundException e) {
                // One session or committee belongs to one conference: one unreadable vote means all are.
                return new VoteRepository.Page(List.of(), 0);
            }
        }
        return found;
    }
}
