package dev.quorum.registration.token.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.quorum.registration.testing.InMemoryMongo;
import dev.quorum.registration.token.application.SigningKeys;
import dev.quorum.registration.token.domain.RingKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The key ring on a plain in-memory Mongo server: the store's guards, and the upgrade from one stored key. */
class MongoSigningKeyStoreTest {
    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo("keys-test");

    private MongoDatabase database;

    @BeforeEach
    void database() {
        database = mongo.database();
    }

    @Test
    void twoInstancesRotatingAtTheSameMomentStoreOneKey() {
        MongoSigningKeyStore first = new MongoSigningKeyStore(database);
        MongoSigningKeyStore second = new MongoSigningKeyStore(database);
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        assertThat(first.add(new RingKey(newKey(), 2, now))).isTrue();
        assertThat(second.add(new RingKey(newKey(), 2, now)))
                .as("same generation")
                .isFalse();

        assertThat(first.findAll())
                .singleElement()
                .extracting(RingKey::generation)
                .isEqualTo(2L);
    }

    @Test
    void theKeyStoredByEarlierVersionsSignsAfterTheUpgradeSoIssuedTokensStayValid() {
        RSAKey legacy = newKey();
        database.getCollection("signing_keys")
                .insertOne(new Document("_id", "current").append("jwk", legacy.toJSONString()));

        SigningKeys keys = new SigningKeys(
                new MongoSigningKeyStore(database),
                Clock.systemUTC(),
                "",
                Duration.ofHours(1),
                Duration.ofMinutes(10),
                Duration.ofDays(30),
                Duration.ofSeconds(30));

        assertThat(keys.signingKey()).isEqualTo(legacy);
        assertThat(keys.publicKeys().getKeys()).singleElement().isEqualTo(legacy.toPublicJWK());
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
