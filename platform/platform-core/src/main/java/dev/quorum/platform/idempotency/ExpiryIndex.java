package dev.quorum.platform.idempotency;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The TTL index with which real MongoDB deletes old documents. MongoDB refuses to create an index
 * that exists with other options (code 85, IndexOptionsConflict), so a changed retention would stop
 * the service at start-up: the existing index's expiry is changed in place with {@code collMod}.
 */
final class ExpiryIndex {
    static final int INDEX_OPTIONS_CONFLICT = 85;

    private ExpiryIndex() {}

    static void ensure(MongoDatabase database, String collection, String field, Duration expireAfter) {
        try {
            database.getCollection(collection)
                    .createIndex(
                            Indexes.ascending(field),
                            new IndexOptions().expireAfter(expireAfter.toSeconds(), TimeUnit.SECONDS));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            database.runCommand(new Document("collMod", collection)
                    .append(
                            "index",
                            new Document("keyPattern", new Document(field, 1))
                                    .append("expireAfterSeconds", expireAfter.toSeconds())));
        }
    }
}
