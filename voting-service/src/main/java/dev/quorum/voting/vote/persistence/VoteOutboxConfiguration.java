package dev.quorum.voting.vote.persistence;

import dev.quorum.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay publishes what waits in votes (VoteOpened, VoteClosed) and ballots (BallotCast). */
@Configuration(proxyBeanMethods = false)
class VoteOutboxConfiguration {
    @Bean
    OutboxCollection votesOutbox() {
        return new OutboxCollection(MongoVoteRepository.COLLECTION);
    }

    @Bean
    OutboxCollection ballotsOutbox() {
        return new OutboxCollection(MongoBallotRepository.COLLECTION);
    }
}
