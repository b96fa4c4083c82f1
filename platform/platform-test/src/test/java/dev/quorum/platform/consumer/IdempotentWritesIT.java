package dev.quorum.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.InfrastructureAvailableCondition;
import dev.quorum.platform.test.TestInfrastructure;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InfrastructureAvailableCondition.class)
class IdempotentWritesIT {
    private MongoClient mongo;
    private MongoCollection<Document> readModel;

    @BeforeEach
    void connect() {
        mongo = MongoClients.create(TestInfrastructure.mongoUri());
        readModel = mongo.getDatabase(
                        "idempotent_" + UUID.randomUUID().toString().substring(0, 8))
                .getCollection("read_model");
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void appliesEachSourceVersionAtMostOnceAndNeverGoesBack() {
        String id = "c-1";

        assertThat(IdempotentWrites.upsertIfNewer(readModel, id, 1, new Document("name", "v1")))
                .isTrue();
        assertThat(IdempotentWrites.upsertIfNewer(readModel, id, 1, new Document("name", "redelivered")))
                .isFalse();
        assertThat(IdempotentWrites.upsertIfNewer(readModel, id, 3, new Document("name", "v3")))
                .isTrue();
        assertThat(IdempotentWrites.upsertIfNewer(readModel, id, 2, new Document("name", "late v2")))
                .isFalse();

        Document stored = readModel.find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("name")).isEqualTo("v3");
        assertThat(stored.get(IdempotentWrites.SOURCE_VERSION, Number.class).longValue())
                .isEqualTo(3);
        assertThat(readModel.countDocuments()).isEqualTo(1);
    }

    @Test
    void appliesBothEventsOfOneWriteByPositionAndNeverGoesBack() {
        String id = "s-1";
        String applied = "0000000000000000001-00000";
        String acceptedInTheSameWrite = "0000000000000000001-00001";

        assertThat(IdempotentWrites.upsertIfAfter(readModel, id, applied, new Document("status", "APPLIED")))
                .isTrue();
        assertThat(IdempotentWrites.upsertIfAfter(
                        readModel, id, acceptedInTheSameWrite, new Document("status", "ACCEPTED")))
                .isTrue();
        assertThat(IdempotentWrites.upsertIfAfter(readModel, id, applied, new Document("status", "redelivered")))
                .isFalse();

        Document stored = readModel.find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
        assertThat(stored.getString(IdempotentWrites.SOURCE_POSITION)).isEqualTo(acceptedInTheSameWrite);
    }
}
