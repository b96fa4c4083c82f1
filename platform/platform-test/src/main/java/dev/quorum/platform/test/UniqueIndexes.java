package dev.quorum.platform.test;

import com.mongodb.client.MongoCollection;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * The field sets of a collection's unique indexes ({@code _id} included). The embedded MongoDB
 * server uses an index only for a filter whose fields are exactly one of these; tests that guard
 * against full-collection scans compare a recorded filter's fields with them (ADR 39, ADR 41).
 */
public final class UniqueIndexes {
    private UniqueIndexes() {}

    public static Set<Set<String>> of(MongoCollection<?> collection) {
        Set<Set<String>> unique = new HashSet<>();
        collection.listIndexes().forEach(index -> {
            if ("_id_".equals(index.getString("name")) || index.getBoolean("unique", false)) {
                unique.add(index.get("key", Document.class).keySet());
            }
        });
        return unique;
    }
}
