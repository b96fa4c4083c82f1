package dev.quorum.registration.delegate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.UniqueIndexes;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Adding a delegate, the request a registration rush makes 20 times per school, finds every
 * document it reads or changes through a unique index. The embedded server uses an index only
 * for a filter that names exactly a unique index's fields, and otherwise reads and decodes every
 * document of the collection: one such filter on a collection that grows with the rush (the
 * idempotency keys, the schools) makes the rush quadratic (ADR 39).
 */
@QuorumIntegrationTest
@Import(DelegateAdditionStoreIT.StoreCommands.class)
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class DelegateAdditionStoreIT {
    private static final Set<String> FILTERED = Set.of("find", "update", "delete", "findAndModify");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    StoreCommands commands;

    RegistrationFixtures fixtures;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.local(port);
        fixtures = new RegistrationFixtures(api, api.withToken(api.signIn("secretariat", "s3cret-pass")));
    }

    @Test
    void everyFilterOfADelegateAdditionNamesExactlyAUniqueIndex() {
        String conference = fixtures.openConference(100);
        RegistrationFixtures.AppliedSchool school = fixtures.apply(conference, "Index High");
        ApiClient advisor = school.advisor();
        // The rush's requests carry an Idempotency-Key, so the key's claim and completion are measured too.
        assertThat(add(advisor, school.id()).status()).isEqualTo(201);

        commands.seen.clear();
        ApiClient.Response added = add(advisor, school.id());
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        // The figure docs/performance.md quotes: the store commands of one addition.
        System.out.println("Store commands of one delegate addition: "
                + commands.seen.stream()
                        .map(c -> c.name() + " " + c.collection())
                        .toList());
        assertThat(commands.seen)
                .as("one read of the school: who may add and how many places are taken come from one document")
                .filteredOn(c -> c.name().equals("find") && c.collection().equals("schools"))
                .hasSize(1);
        List<StoreCommand> filtered =
                commands.seen.stream().filter(c -> FILTERED.contains(c.name())).toList();
        assertThat(filtered)
                .as("the listener sees the request's reads and writes")
                .extracting(StoreCommand::collection)
                .contains("schools", "idempotency_keys");
        for (StoreCommand command : filtered) {
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
                        .noneMatch(DelegateAdditionStoreIT::isOperator);
            }
        }
    }

    private static ApiClient.Response add(ApiClient advisor, String schoolId) {
        return advisor.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/schools/" + schoolId + "/delegates", Map.of("name", "Elif K.", "grade", "11"));
    }

    private static boolean isOperator(BsonValue value) {
        return value.isDocument() && value.asDocument().keySet().stream().anyMatch(key -> key.startsWith("$"));
    }

    record StoreCommand(String name, String collection, List<BsonDocument> filters) {}

    /**
     * Records the commands that the request threads send, with their filters. Tomcat names them
     * {@code http-nio-*} on platform threads and {@code tomcat-handler-*} on virtual threads (the
     * platform turns those on, and Boot uses them from Java 21: CI runs Java 25, developers 17).
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
                return; // the relay, the reconciler and other background work
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
            return command.getArray(field, new org.bson.BsonArray()).stream()
                    .map(s -> copy(s.asDocument().getDocument("q")))
                    .toList();
        }

        /** The event's documents read the driver's buffer, which is reused once the listener returns. */
        private static BsonDocument copy(BsonDocument document) {
            return BsonDocument.parse(document.toJson());
        }
    }
}
