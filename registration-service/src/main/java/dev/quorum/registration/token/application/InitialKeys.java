package dev.quorum.registration.token.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.quorum.registration.token.domain.KeyRing;
import dev.quorum.registration.token.domain.RingKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * What the store holds before the first token is signed. An empty store gets its first key: the
 * supplied one ({@code QUORUM_JWT_SIGNING_JWK}), else the single key earlier versions stored,
 * else a new one. A supplied key the store does not know yet joins as the next key, so that a
 * rolling update to a new secret switches every instance (old and new) at the same moment.
 */
final class InitialKeys {
    private final SigningKeyStore store;
    private final Clock clock;
    private final Duration publicationLead;

    InitialKeys(SigningKeyStore store, Clock clock, Duration publicationLead) {
        this.store = store;
        this.clock = clock;
        this.publicationLead = publicationLead;
    }

    void ensure(Optional<RSAKey> supplied, Duration retention) {
        KeyRing ring = new KeyRing(store.findAll(), retention);
        if (ring.isEmpty()) {
            RSAKey first = supplied.or(store::legacyKey).orElseGet(InitialKeys::generate);
            // Another instance starting at the same moment may win with its own first key: fine.
            store.add(new RingKey(first, 1, clock.instant()));
            ring = new KeyRing(store.findAll(), retention);
        }
        KeyRing known = ring;
        supplied.filter(key ->
                        known.keys().stream().noneMatch(stored -> stored.kid().equals(key.getKeyID())))
                .ifPresent(key -> store.add(new RingKey(
                        key, known.nextGeneration(), known.activationOfNewKey(clock.instant(), publicationLead))));
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /** The supplied private JWK, with its RFC 7638 thumbprint as key id when it names none. */
    static Optional<RSAKey> parse(String jwk) {
        if (jwk == null || jwk.isBlank()) {
            return Optional.empty();
        }
        try {
            RSAKey key = RSAKey.parse(jwk);
            if (!key.isPrivate()) {
                throw new IllegalStateException("The signing JWK must contain the private key");
            }
            return Optional.of(
                    key.getKeyID() != null
                            ? key
                            : new RSAKey.Builder(key).keyIDFromThumbprint().build());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing JWK is not a valid RSA JWK", e);
        }
    }
}
