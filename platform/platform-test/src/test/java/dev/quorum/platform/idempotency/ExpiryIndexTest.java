package dev.quorum.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.time.Duration;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/**
 * What real MongoDB answers when the TTL index exists with another expiry (the embedded server
 * silently keeps the old index, so only this test and the containers profile see code 85).
 */
class ExpiryIndexTest {
    @SuppressWarnings("unchecked")
    private final MongoCollection<Document> collection = mock(MongoCollection.class);

    private final MongoDatabase database = mock(MongoDatabase.class);

    @Test
    void aChangedExpiryIsAppliedToTheExistingIndexInsteadOfFailingStartUp() {
        given(database.getCollection("keys")).willReturn(collection);
        given(collection.createIndex(any(Bson.class), any(IndexOptions.class))).willThrow(commandError(85));

        ExpiryIndex.ensure(database, "keys", "createdAt", Duration.ofHours(48));

        then(database)
                .should()
                .runCommand(new Document("collMod", "keys")
                        .append(
                                "index",
                                new Document("keyPattern", new Document("createdAt", 1))
                                        .append("expireAfterSeconds", 172_800L)));
    }

    @Test
    void otherIndexErrorsStillStopStartUp() {
        given(database.getCollection("keys")).willReturn(collection);
        given(collection.createIndex(any(Bson.class), any(IndexOptions.class))).willThrow(commandError(13));

        assertThatThrownBy(() -> ExpiryIndex.ensure(database, "keys", "createdAt", Duration.ofHours(48)))
                .isInstanceOf(MongoCommandException.class);
    }

    private static MongoCommandException commandError(int code) {
        return new MongoCommandException(
                new BsonDocument("ok", new BsonDouble(0))
                        .append("code", new BsonInt32(code))
                        .append("errmsg", new BsonString("index options conflict")),
                new ServerAddress());
    }
}
