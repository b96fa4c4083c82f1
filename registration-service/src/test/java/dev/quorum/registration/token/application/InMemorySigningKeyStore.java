package dev.quorum.registration.token.application;

import com.nimbusds.jose.jwk.RSAKey;
import dev.quorum.registration.token.domain.RingKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The store's contract in memory: a key id or generation is stored once. */
final class InMemorySigningKeyStore implements SigningKeyStore {
    private final List<RingKey> keys = new CopyOnWriteArrayList<>();
    private final Optional<RSAKey> legacy;

    InMemorySigningKeyStore() {
        this(Optional.empty());
    }

    InMemorySigningKeyStore(Optional<RSAKey> legacy) {
        this.legacy = legacy;
    }

    @Override
    public List<RingKey> findAll() {
        return List.copyOf(keys);
    }

    @Override
    public synchronized boolean add(RingKey key) {
        boolean taken = keys.stream()
                .anyMatch(stored ->
                        stored.generation() == key.generation() || stored.kid().equals(key.kid()));
        return !taken && keys.add(key);
    }

    @Override
    public Optional<RSAKey> legacyKey() {
        return legacy;
    }
}
