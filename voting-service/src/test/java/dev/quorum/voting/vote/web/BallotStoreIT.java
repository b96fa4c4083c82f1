package dev.quorum.voting.vote.web;

import static dev.quorum.voting.testing.VotingFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.UniqueIndexes;
import dev.quorum.voting.testing.VotingFixtures.Committee;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A ballot, the hottest write in the system, finds every document it reads or changes through a
 * unique index: a delegate's keyed ballot, a chair's placard and the ballot that closes the vote.
 * The embedded server uses an index only for a filter that names exactly a unique index's fields
 * and otherwise reads and decodes every document of the collection (ADR 39, ADR 41). One
 * exception is listed, not hidden: the vote's counting write (one per ballot, on {@code votes},
 * which grows by one document per motion, not per ballot); ADR 48 says why it still scans.
 */
@QuorumIntegrationTest
@Import(BallotStoreIT.StoreCommands.class)
class BallotStoreIT {
    private static final Set<String> FILTERED = Set.of("find", "update", "delete", "findAndModify");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    StoreCommands commands;

    @Test
    void everyFilterOfABallotNamesExactlyAUniqueIndex() {
        Committee sco = Committee.of(3);
        String voteId = newId();
        sco.publishCommitteeEvent(VoteFlowIT.VOTE_REQUESTED, sco.voteRequested(voteId));
        sco.publishSeating(VoteFlowIT.SEATED, sco.seatIds().get(0), "delegate-0", 2);
        ApiClient chair = ApiClient.local(port).withToken(sco.chairToken());
        ApiClient delegate = ApiClient.local(port)
                .withToken(sco.delegateToken("delegate-0", sco.seatIds().get(0)));
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> chair.get("/api/votes/" + voteId).status() == 200);
        // Seated once the delegate gets past the authorization check: a refused abstention is a 400.
        await().atMost(VoteFlowIT.WAIT)
                .until(() -> delegate.post(
                                        VoteFlowIT.ballots(voteId),
                                        VoteFlowIT.ballot(sco.seatIds().get(0), "ABSTAIN"))
                                .status()
                        == 400);

        List<StoreCommand> seen = new ArrayList<>();
        seen.addAll(recorded(
                delegate.withHeader("Idempotency-Key", newId()),
                voteId,
                sco.seatIds().get(0)));
        seen.addAll(recorded(
                chair.withHeader("Idempotency-Key", newId()),
                voteId,
                sco.seatIds().get(1)));
        seen.addAll(recorded(chair, voteId, sco.seatIds().get(2))); // the last seat: this one closes the vote
        assertThat(chair.get("/api/votes/" + voteId).json().get("status").asString())
                .isEqualTo("CLOSED");

        List<StoreCommand> filtered =
                seen.stream().filter(c -> FILTERED.contains(c.name())).toList();
        assertThat(filtered)
                .as("the listener sees the requests' reads and writes")
                .extracting(StoreCommand::collection)
                .contains("votes", "idempotency_keys", "seatings");
        List<StoreCommand> countingWrites =
                filtered.stream().filter(BallotStoreIT::isTheVotesCountingWrite).toList();
        assertThat(countingWrites).as("one counting write per ballot").hasSize(3);
        for (StoreCommand command : filtered) {
            if (isTheVotesCountingWrite(command)) {
                continue; // the listed exception (ADR 48)
            }
            for (BsonDocument filter : command.filters()) {
                assertThat(UniqueIndexes.of(database.getCollection(command.collection())))
                        .as(
                                "%s on %s with filter %s: no unique index has exactly its fields, so the embedded "
                                        + "server reads the whole collection",
                                command.name(), command.collection(), filter)
                        .contains(filter.keySet());
                assertThat(filter.values())
                        .as(
                                "%s on %s: an operator in %s makes the embedded server skip the index",
                                command.name(), command.collection(), filter)
                        .noneMatch(BallotStoreIT::isOperator);
            }
        }
    }

    /** The store commands of one ballot, printed: docs/performance.md quotes them. */
    private List<StoreCommand> recorded(ApiClient client, String voteId, String seatId) {
        commands.seen.clear();
        ApiClient.Response cast = client.post(VoteFlowIT.ballots(voteId), VoteFlowIT.ballot(seatId, "YES"));
        assertThat(cast.status()).as(cast.body()).isEqualTo(200);
        List<StoreCommand> seen = List.copyOf(commands.seen);
        System.out.println("Store commands of one ballot: "
                + seen.stream().map(c -> c.name() + " " + c.collection()).toList());
        return seen;
    }

    /** The counting write of ADR 17: by _id, guarded by the vote's status and the seat's counted revision. */
    private static boolean isTheVotesCountingWrite(StoreCommand command) {
        return command.name().equals("findAndModify") && command.collection().equals("votes");
    }

    private static boolean isOperator(BsonValue value) {
        return value.isDocument() && value.asDocument().keySet().stream().anyMatch(key -> key.startsWith("$"));
    }

    record StoreCommand(String name, String collection, List<BsonDocument> filters) {}

    /**
     * Records the commands that the request threads send, with their filters. Tomcat names them
     * {@code http-nio-*} on platform threads and {@code tomcat-handler-*} on virtual threads (Boot
     * uses them from Java 21: CI runs Java 25, developers 17).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoreCommands implements CommandListener {
        final List<StoreCommand> seen = new CopyOnWriteArrayList<>();

        @Bean
        MongoClientSettingsBuilderCustomizer recordStoreCommands() {
            return settings -> settings.addCommandListener(this);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            String thread = Thread.currentThread().getName();
            if (!thread.startsWith("http-nio") && !thread.startsWith("tomcat-handler")) {
                return; // the relay, the reconciler, the listeners and the stream's poll
            }
            BsonDocument command = event.getCommand();
            String name = event.getCommandName();
            BsonValue target = command.get(name);
            String collection =
                    target != null && target.isString() ? target.asString().getValue() : "";
            seen.add(new StoreCommand(name, collection, filters(name, command)));
        }

        private static List<BsonDocument> filters(String name, BsonDocument command) {
            return switch (name) {
                case "find" -> List.of(copy(command.getDocument("filter", new BsonDocument())));
                case "findAndModify" -> List.of(copy(command.getDocument("query", new BsonDocument())));
                case "update" -> statements(command, "updates");
                case "delete" -> statements(command, "deletes");
                default -> List.of();
            };
        }

        /** Updates and deletes may arrive as a document sequence, which the event adds to the command. */
        private static List<BsonDocument> statements(BsonDocument command, String field) {
            return command.getArray(field, new BsonArray()).stream()
                    .map(s -> copy(s.asDocument().getDocument("q")))
                    .toList();
        }

        /** The event's documents read the driver's buffer, which is reused once the listener returns. */
        private static BsonDocument copy(BsonDocument document) {
            return BsonDocument.parse(document.toJson());
        }
    }
}
