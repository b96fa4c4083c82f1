package dev.quorum.registration.school.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.Race;
import dev.quorum.registration.testing.InMemoryMongo;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger holds room school by school, so every reservation and release can be repeated. */
class MongoCapacityLedgerTest {
    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo("ledger");

    @Test
    void roomIsCountedWhileTheConferenceHasNoCapacity() {
        MongoCapacityLedger ledger = new MongoCapacityLedger(mongo.database(), Clock.systemUTC());

        assertThat(ledger.reserve("c-1", "s-1", 300, Optional.empty())).isTrue();

        assertThat(accepted("c-1")).isEqualTo(300);
        assertThat(ledger.reserve("c-1", "s-2", 21, Optional.of(320)))
                .as("a capacity set later starts from the delegates accepted")
                .isFalse();
    }

    @Test
    void reservingAgainWhatASchoolHoldsChangesNothing() {
        MongoCapacityLedger ledger = new MongoCapacityLedger(mongo.database(), Clock.systemUTC());
        ledger.reserve("c-1", "s-1", 6, Optional.of(10));

        assertThat(ledger.reserve("c-1", "s-1", 6, Optional.of(10))).isTrue();

        assertThat(accepted("c-1")).isEqualTo(6);
    }

    @Test
    void releasesTakeBackOnlyWhatTheSchoolHolds() throws Exception {
        MongoCapacityLedger ledger = new MongoCapacityLedger(mongo.database(), Clock.systemUTC());
        ledger.reserve("c-1", "s-1", 6, Optional.of(10));
        ledger.reserve("c-1", "s-2", 4, Optional.of(10));

        Race.run(IntStream.range(0, 20).boxed().toList(), attempt -> {
            ledger.release("c-1", "s-1");
            return attempt;
        });
        ledger.release("c-1", "never-held");

        assertThat(accepted("c-1")).isEqualTo(4);
        assertThat(ledger.holdings("c-1")).containsOnlyKeys("s-2");
    }

    @Test
    void aLedgerFromBeforeHoldingsStartsAgainForTheReconcilerToCount() {
        mongo.database()
                .getCollection(MongoCapacityLedger.COLLECTION)
                .insertOne(new Document("_id", "c-old").append("accepted", -40));

        MongoCapacityLedger ledger = new MongoCapacityLedger(mongo.database(), Clock.systemUTC());

        assertThat(accepted("c-old")).isZero();
        assertThat(ledger.holdings("c-old")).isEmpty();
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
