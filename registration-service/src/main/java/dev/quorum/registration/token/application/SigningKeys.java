package dev.quorum.registration.token.application;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.quorum.registration.token.domain.KeyRing;
import dev.quorum.registration.token.domain.RingKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that sign and verify tokens, as the store holds them for every instance (ADR 5). Each
 * instance re-reads the store every {@code quorum.tokens.keys.refresh-interval}; a rotation stores
 * a new key that is published at once and signs only {@code publication-lead} later, by which time
 * every instance and every verifier's JWKS cache knows it. Rotations happen on request and every
 * {@code rotation-period} (zero: never by themselves).
 */
@Component
public class SigningKeys {
    /** The clock skew verifiers allow on {@code exp} (Spring Security's default). */
    static final Duration VERIFIER_CLOCK_SKEW = Duration.ofSeconds(60);

    private final SigningKeyStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration publicationLead;
    private final Duration rotationPeriod;
    private final Duration refreshInterval;
    private volatile Snapshot snapshot;

    public SigningKeys(
            SigningKeyStore store,
            Clock clock,
            @Value("${quorum.tokens.signing-jwk:}") String suppliedJwk,
            @Value("${quorum.tokens.ttl}") Duration tokenLifetime,
            @Value("${quorum.tokens.keys.publication-lead}") Duration publicationLead,
            @Value("${quorum.tokens.keys.rotation-period}") Duration rotationPeriod,
            @Value("${quorum.tokens.keys.refresh-interval}") Duration refreshInterval) {
        this.store = store;
        this.clock = clock;
        this.retention = tokenLifetime.plus(VERIFIER_CLOCK_SKEW);
        this.publicationLead = publicationLead;
        this.rotationPeriod = rotationPeriod;
        this.refreshInterval = refreshInterval;
        new InitialKeys(store, clock, publicationLead).ensure(InitialKeys.parse(suppliedJwk), retention);
        this.snapshot = load();
    }

    /** The private key that signs new tokens now. */
    public RSAKey signingKey() {
        return ring().current(clock.instant()).jwk();
    }

    /** The public halves of every key that may verify a live token, as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(published().stream()
                .map(RSAKey::toPublicJWK)
                .map(JWK.class::cast)
                .toList());
    }

    /** The private keys that may still be named by a token being signed (next, current, previous). */
    public JWKSet privateKeys() {
        return new JWKSet(published().stream().map(JWK.class::cast).toList());
    }

    /** The ring as this instance sees it now. */
    public KeyRing ring() {
        Snapshot seen = snapshot;
        if (seen == null || clock.instant().isAfter(seen.loadedAt().plus(refreshInterval))) {
            seen = refresh();
        }
        return seen.ring();
    }

    /**
     * Stores a new key, published now, signing after the publication lead.
     *
     * @return the new key (or the one another instance stored at the same moment)
     */
    public RingKey rotate() {
        KeyRing ring = load().ring();
        Instant now = clock.instant();
        store.add(new RingKey(
                InitialKeys.generate(), ring.nextGeneration(), ring.activationOfNewKey(now, publicationLead)));
        snapshot = load();
        return snapshot.ring().newest();
    }

    private List<RSAKey> published() {
        return ring().published(clock.instant()).stream().map(RingKey::jwk).toList();
    }

    private synchronized Snapshot refresh() {
        Snapshot seen = snapshot;
        if (seen != null && !clock.instant().isAfter(seen.loadedAt().plus(refreshInterval))) {
            return seen; // another thread refreshed while this one waited
        }
        Snapshot loaded = load();
        if (isRotationDue(loaded.ring())) {
            rotate();
            return snapshot;
        }
        snapshot = loaded;
        return loaded;
    }

    private boolean isRotationDue(KeyRing ring) {
        return !rotationPeriod.isZero()
                && !clock.instant().isBefore(ring.newest().activatesAt().plus(rotationPeriod));
    }

    private Snapshot load() {
        return new Snapshot(new KeyRing(store.findAll(), retention), clock.instant());
    }

    private record Snapshot(KeyRing ring, Instant loadedAt) {}
}
