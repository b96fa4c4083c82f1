package dev.quorum.registration.school.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.Race;
import dev.quorum.registration.testing.InMemoryMongo;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The capacity ledger raced below HTTP and bcrypt: the applications race in {@code SchoolApiIT}
 * queues for two password slots before it reaches the ledger, so its requests overlap little
 * there; here every reservation meets the ledger at once.
 */
class MongoCapacityLedgerRaceTest {
    private static final int CAPACITY = 100;
    private static final int DELEGATES = 3;
    private static final int REQUESTS = 60;

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo("ledger-race");

    @Test
    void simultaneousReservationsNeverTakeMoreThanTheCapacity() throws Exception {
        MongoCapacityLedger ledger = new MongoCapacityLedger(mongo.database(), java.time.Clock.systemUTC());

        List<Boolean> reserved = Race.run(
                IntStream.range(0, REQUESTS).boxed().toList(),
                request -> ledger.reserve("c-1", "school-" + request, DELEGATES, java.util.Optional.of(CAPACITY)));

        assertThat(Collections.frequency(reserved, true)).isEqualTo(CAPACITY / DELEGATES);
        assertThat(accepted("c-1")).isEqualTo(CAPACITY / DELEGATES * DELEGATES);
    }

    /** The ledger's stored count, read from the store itself. */
    private int accepted(String conferenceId) {
        Document stored = mongo.database()
                .getCollection(MongoCapacityLedger.COLLECTION)
                .find(new Document("_id", conferenceId))
                .first();
        return stored == null ? 0 : stored.getInteger(MongoCapacityLedger.ACCEPTED);
    }
}
