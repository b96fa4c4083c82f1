package dev.quorum.voting.vote.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.quorum.platform.outbox.OutboxFields;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Lets the embedded MongoDB server find a document by its id and version through an index. That
 * server uses an index only when a filter's top-level fields are exactly the index's fields; the
 * platform's {@code OutboxWriter.updateAtVersion} filters with {@code $and: [{_id}, {version}]},
 * so every guarded write of a ballot or vote read (and decoded) the whole collection, a cost that
 * grew with every ballot cast (ADR 41). Here a {@code $and} of plain equalities on distinct
 * fields is sent as the one equivalent flat document, and a unique index on {@code (_id,
 * version)} serves it. Real MongoDB treats both forms alike.
 */
final class FlatFilters {
    private FlatFilters() {}

    /**
     * The collection, with {@code updateOne} filters flattened where that means the same, and the
     * {@code (_id, version)} index the flat filters need.
     */
    @SuppressWarnings("unchecked")
    static MongoCollection<Document> versioned(MongoCollection<Document> collection) {
        collection.createIndex(
                Indexes.ascending("_id", OutboxFields.VERSION),
                new IndexOptions().name("id_version").unique(true));
        return (MongoCollection<Document>) Proxy.newProxyInstance(
                FlatFilters.class.getClassLoader(), new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateOne") && args.length >= 2 && args[0] instanceof Bson filter) {
                        args[0] = flatten(filter.toBsonDocument(BsonDocument.class, collection.getCodecRegistry()));
                    }
                    try {
                        return method.invoke(collection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@code {$and: [{a: 1}, {b: 2}]}} as {@code {a: 1, b: 2}}; any other filter unchanged. */
    static BsonDocument flatten(BsonDocument filter) {
        if (filter.size() != 1
                || !filter.containsKey("$and")
                || !filter.get("$and").isArray()) {
            return filter;
        }
        BsonArray terms = filter.getArray("$and");
        BsonDocument flat = new BsonDocument();
        for (BsonValue term : terms) {
            if (!term.isDocument() || term.asDocument().size() != 1) {
                return filter;
            }
            String field = term.asDocument().getFirstKey();
            BsonValue value = term.asDocument().get(field);
            if (field.startsWith("$") || value.isDocument() || value.isArray() || flat.containsKey(field)) {
                return filter;
            }
            flat.put(field, value);
        }
        return flat;
    }
}
