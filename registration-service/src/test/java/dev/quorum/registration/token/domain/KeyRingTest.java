package dev.quorum.registration.token.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {
    private static final Duration RETENTION = Duration.ofMinutes(61);
    private static final Duration LEAD = Duration.ofMinutes(10);
    private final Instant start = Instant.parse("2026-12-03T08:00:00Z");
    private final RingKey first = key(1, start);

    @Test
    void aNewKeyIsPublishedAtOnceButSignsOnlyAfterThePublicationLead() {
        Instant rotatedAt = start.plus(Duration.ofDays(1));
        KeyRing before = new KeyRing(List.of(first), RETENTION);
        RingKey second = key(before.nextGeneration(), before.activationOfNewKey(rotatedAt, LEAD));
        KeyRing ring = new KeyRing(List.of(second, first), RETENTION);

        assertThat(ring.current(rotatedAt)).isEqualTo(first);
        assertThat(ring.stateOf(second, rotatedAt)).isEqualTo(KeyState.NEXT);
        assertThat(ring.published(rotatedAt)).containsExactly(first, second);

        Instant activated = rotatedAt.plus(LEAD);
        assertThat(ring.current(activated)).isEqualTo(second);
        assertThat(ring.stateOf(first, activated)).isEqualTo(KeyState.PREVIOUS);
        assertThat(ring.published(activated)).containsExactly(first, second);
    }

    @Test
    void theReplacedKeyVerifiesUntilEveryTokenItSignedHasExpired() {
        Instant activated = start.plus(Duration.ofDays(1));
        KeyRing ring = new KeyRing(List.of(first, key(2, activated)), RETENTION);

        assertThat(ring.stateOf(first, activated.plus(RETENTION).minusSeconds(1)))
                .isEqualTo(KeyState.PREVIOUS);
        assertThat(ring.stateOf(first, activated.plus(RETENTION))).isEqualTo(KeyState.RETIRED);
        assertThat(ring.published(activated.plus(RETENTION)))
                .extracting(RingKey::generation)
                .containsExactly(2L);
    }

    @Test
    void rotatingTwiceInARowNeverActivatesTheNewerKeyFirst() {
        Instant now = start.plus(Duration.ofDays(1));
        KeyRing ring = new KeyRing(List.of(first, key(2, now.plus(LEAD))), RETENTION);

        assertThat(ring.activationOfNewKey(now.minusSeconds(5), LEAD)).isEqualTo(now.plus(LEAD));
        assertThat(ring.activationOfNewKey(now.plusSeconds(5), LEAD))
                .isEqualTo(now.plus(LEAD).plusSeconds(5));
    }

    @Test
    void anInstanceWhoseClockRunsBehindTheFirstKeySignsWithIt() {
        KeyRing ring = new KeyRing(List.of(first), RETENTION);

        assertThat(ring.current(start.minusSeconds(2))).isEqualTo(first);
    }

    @Test
    void anEmptyRingStartsAtGenerationOneAndHasNoCurrentKey() {
        KeyRing empty = new KeyRing(List.of(), RETENTION);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.nextGeneration()).isEqualTo(1);
        assertThat(empty.activationOfNewKey(start, LEAD)).isEqualTo(start.plus(LEAD));
        assertThatThrownBy(() -> empty.current(start)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysAreOrderedByGenerationAndTheNewestIsTheLastStored() {
        RingKey second = key(2, start.plus(Duration.ofDays(1)));
        RingKey third = key(3, start.plus(Duration.ofDays(2)));
        KeyRing ring = new KeyRing(List.of(third, first, second), RETENTION);

        assertThat(ring.isEmpty()).isFalse();
        assertThat(ring.keys()).containsExactly(first, second, third);
        assertThat(ring.newest()).isEqualTo(third);
        assertThat(ring.nextGeneration()).isEqualTo(4);
        assertThat(first.kid()).isEqualTo("k1");
    }

    @Test
    void aKeyIsRetiredByTheActivationOfItsOwnSuccessorNotOfTheNewestKey() {
        Instant secondActivates = start.plus(Duration.ofDays(1));
        RingKey second = key(2, secondActivates);
        RingKey third = key(3, secondActivates.plus(RETENTION).plus(RETENTION));
        KeyRing ring = new KeyRing(List.of(first, second, third), RETENTION);

        Instant afterRetention = secondActivates.plus(RETENTION);
        assertThat(ring.stateOf(first, afterRetention)).isEqualTo(KeyState.RETIRED);
        assertThat(ring.stateOf(second, afterRetention)).isEqualTo(KeyState.CURRENT);
        assertThat(ring.stateOf(third, afterRetention)).isEqualTo(KeyState.NEXT);
        assertThat(ring.published(afterRetention)).containsExactly(second, third);
    }

    private static RingKey key(long generation, Instant activatesAt) {
        return new RingKey(rsa("k" + generation), generation, activatesAt);
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
