package dev.quorum.registration.token.application;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs every token. Supplied from outside in production
 * ({@code QUORUM_JWT_SIGNING_JWK}, a private JWK from a secret); otherwise generated at first start
 * and kept in the service's database so that tokens stay valid across restarts and every
 * instance signs with the same key (the first instance to store one wins).
 */
@Component
public class SigningKeys {
    private final RSAKey signingKey;

    public SigningKeys(MongoDatabase database, @Value("${quorum.tokens.signing-jwk:}") String suppliedJwk) {
        this.signingKey =
                suppliedJwk.isBlank() ? storedOrNew(database.getCollection("signing_keys")) : parse(suppliedJwk);
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** The public half, as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    private static RSAKey storedOrNew(MongoCollection<Document> keys) {
        Document stored = keys.find(Filters.eq("_id", "current")).first();
        if (stored != null) {
            return parse(stored.getString("jwk"));
        }
        RSAKey generated = generate();
        try {
            keys.insertOne(new Document("_id", "current").append("jwk", generated.toJSONString()));
            return generated;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return parse(keys.find(Filters.eq("_id", "current")).first().getString("jwk"));
            }
            throw e;
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private static RSAKey parse(String jwk) {
        try {
            RSAKey key = RSAKey.parse(jwk);
            if (!key.isPrivate()) {
                throw new IllegalStateException("The signing JWK must contain the private key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("The signing JWK is not a valid RSA JWK", e);
        }
    }
}
