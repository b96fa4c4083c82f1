package dev.quorum.registration.token.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.quorum.registration.testing.MovableClock;
import dev.quorum.registration.token.domain.KeyState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several instances sharing one store, as replicas share registration's database. */
class SigningKeysTest {
    private static final Duration TTL = Duration.ofHours(1);
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();

    @Test
    void aRotationReachesEveryInstanceBeforeTheNewKeySigns() {
        SigningKeys a = instance("");
        SigningKeys b = instance("");
        String first = a.signingKey().getKeyID();
        assertThat(b.signingKey().getKeyID()).as("replicas sign alike").isEqualTo(first);

        String second = a.rotate().kid();

        assertThat(a.signingKey().getKeyID()).as("published, not signing yet").isEqualTo(first);
        clock.advance(REFRESH.plusSeconds(1));
        assertThat(kids(b))
                .as("the other instance publishes it after its refresh")
                .contains(first, second);
        clock.advance(LEAD);
        assertThat(a.signingKey().getKeyID()).isEqualTo(second);
        assertThat(b.signingKey().getKeyID()).isEqualTo(second);
        assertThat(kids(b))
                .as("the old key still verifies the tokens it signed")
                .contains(first, second);

        clock.advance(TTL.plus(SigningKeys.VERIFIER_CLOCK_SKEW));
        assertThat(kids(a)).containsExactly(second);
        assertThat(kids(b)).containsExactly(second);
    }

    @Test
    void aRollingUpdateToANewSuppliedKeySwitchesOldAndNewInstancesAtTheSameMoment() {
        RSAKey oldSecret = InitialKeys.generate();
        RSAKey newSecret = InitialKeys.generate();
        SigningKeys oldPod = instance(oldSecret.toJSONString());
        assertThat(oldPod.signingKey()).isEqualTo(oldSecret);

        SigningKeys newPod = instance(newSecret.toJSONString());

        assertThat(newPod.signingKey().getKeyID())
                .as("the new secret waits until every verifier can know it")
                .isEqualTo(oldSecret.getKeyID());
        clock.advance(REFRESH.plusSeconds(1));
        assertThat(kids(oldPod)).contains(oldSecret.getKeyID(), newSecret.getKeyID());
        clock.advance(LEAD);
        assertThat(oldPod.signingKey().getKeyID()).isEqualTo(newSecret.getKeyID());
        assertThat(newPod.signingKey().getKeyID()).isEqualTo(newSecret.getKeyID());
    }

    @Test
    void theKeyOfEarlierVersionsKeepsSigningAfterTheUpgrade() {
        RSAKey legacy = InitialKeys.generate();
        InMemorySigningKeyStore upgraded = new InMemorySigningKeyStore(Optional.of(legacy));

        SigningKeys keys = new SigningKeys(upgraded, clock, "", TTL, LEAD, PERIOD, REFRESH);

        assertThat(keys.signingKey()).isEqualTo(legacy);
    }

    @Test
    void aKeyOlderThanTheRotationPeriodIsReplacedWithoutAnyRequest() {
        SigningKeys keys = instance("");
        String first = keys.signingKey().getKeyID();

        clock.advance(PERIOD);
        assertThat(keys.ring().stateOf(keys.ring().newest(), clock.instant())).isEqualTo(KeyState.NEXT);
        clock.advance(LEAD);

        assertThat(keys.signingKey().getKeyID()).isNotEqualTo(first);
        assertThat(store.findAll()).hasSize(2);
    }

    private SigningKeys instance(String suppliedJwk) {
        return new SigningKeys(store, clock, suppliedJwk, TTL, LEAD, PERIOD, REFRESH);
    }

    private static List<String> kids(SigningKeys keys) {
        return keys.publicKeys().getKeys().stream().map(JWK::getKeyID).toList();
    }
}
