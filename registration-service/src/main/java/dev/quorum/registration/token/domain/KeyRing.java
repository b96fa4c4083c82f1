package dev.quorum.registration.token.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The signing keys by generation, and what each may do at a given instant. A key signs from its
 * {@code activatesAt} until its successor activates; it is published from the moment it is stored
 * (so verifiers can fetch it before the first token it signs) until {@code retention} after its
 * successor activated (so every token it signed has expired by then). States follow from the
 * clock alone, so every instance reading the same keys agrees without a coordinated update.
 */
public final class KeyRing {
    private final List<RingKey> keys;
    private final Duration retention;

    /**
     * @param keys the stored keys, in any order
     * @param retention how long a key still verifies after its successor activated: the longest
     *     token lifetime plus the clock skew verifiers allow
     */
    public KeyRing(List<RingKey> keys, Duration retention) {
        this.keys = keys.stream()
                .sorted(Comparator.comparingLong(RingKey::generation))
                .toList();
        this.retention = retention;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public List<RingKey> keys() {
        return keys;
    }

    /**
     * The key that signs at {@code now}: the newest one already active. Should an instance's
     * clock run behind the one that stored the first key, the oldest key signs meanwhile.
     */
    public RingKey current(Instant now) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("The key ring is empty");
        }
        return keys.stream()
                .filter(key -> !key.activatesAt().isAfter(now))
                .reduce((older, newer) -> newer)
                .orElse(keys.get(0));
    }

    public KeyState stateOf(RingKey key, Instant now) {
        RingKey current = current(now);
        if (key.generation() == current.generation()) {
            return KeyState.CURRENT;
        }
        if (key.generation() > current.generation()) {
            return KeyState.NEXT;
        }
        Instant successorActivated = successorOf(key).activatesAt();
        return now.isBefore(successorActivated.plus(retention)) ? KeyState.PREVIOUS : KeyState.RETIRED;
    }

    /** The keys that may verify a live token at {@code now}: next, current and previous. */
    public List<RingKey> published(Instant now) {
        return keys.stream()
                .filter(key -> stateOf(key, now) != KeyState.RETIRED)
                .toList();
    }

    /** The generation a new key takes. */
    public long nextGeneration() {
        return keys.isEmpty() ? 1 : keys.get(keys.size() - 1).generation() + 1;
    }

    /**
     * When a key stored at {@code now} starts signing: after {@code lead} (the time verifiers need
     * to learn it), and never before a key stored earlier.
     */
    public Instant activationOfNewKey(Instant now, Duration lead) {
        Instant activation = now.plus(lead);
        return keys.isEmpty() || activation.isAfter(newest().activatesAt()) ? activation : newest().activatesAt();
    }

    /** The most recently stored key. */
    public RingKey newest() {
        return keys.get(keys.size() - 1);
    }

    private RingKey successorOf(RingKey key) {
        return keys.stream()
                .filter(other -> other.generation() > key.generation())
                .findFirst()
                .orElseThrow();
    }
}
