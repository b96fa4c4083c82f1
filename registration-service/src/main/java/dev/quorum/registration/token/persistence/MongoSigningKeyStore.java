package dev.quorum.registration.token.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.nimbusds.jose.jwk.RSAKey;
import dev.quorum.registration.token.application.SigningKeyStore;
import dev.quorum.registration.token.domain.RingKey;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code signing_keys} collection: one document per key ({@code _id} = key id) with its
 * private JWK, {@code generation} (unique, so two instances rotating at once store one key) and
 * {@code activatesAt}. Adding a key is one insert: no state shared by several documents changes.
 */
@Repository
class MongoSigningKeyStore implements SigningKeyStore {
    private static final String GENERATION = "generation";
    private static final String ACTIVATES_AT = "activatesAt";
    private static final String JWK = "jwk";
    /** The document of the single key the first versions stored. */
    private static final String LEGACY_ID = "current";

    private final MongoCollection<Document> keys;

    MongoSigningKeyStore(MongoDatabase database) {
        this.keys = database.getCollection("signing_keys");
        keys.createIndex(
                Indexes.ascending(GENERATION), new IndexOptions().unique(true).sparse(true));
    }

    @Override
    public List<RingKey> findAll() {
        return StreamSupport.stream(keys.find(Filters.exists(GENERATION)).spliterator(), false)
                .map(MongoSigningKeyStore::toKey)
                .toList();
    }

    @Override
    public boolean add(RingKey key) {
        try {
            keys.insertOne(new Document("_id", key.kid())
                    .append(JWK, key.jwk().toJSONString())
                    .append(GENERATION, key.generation())
                    .append(ACTIVATES_AT, Date.from(key.activatesAt())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<RSAKey> legacyKey() {
        return Optional.ofNullable(keys.find(Filters.eq("_id", LEGACY_ID)).first())
                .map(document -> parse(document.getString(JWK)));
    }

    private static RingKey toKey(Document document) {
        return new RingKey(
                parse(document.getString(JWK)),
                document.get(GENERATION, Number.class).longValue(),
                document.getDate(ACTIVATES_AT).toInstant());
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a valid RSA JWK", e);
        }
    }
}
