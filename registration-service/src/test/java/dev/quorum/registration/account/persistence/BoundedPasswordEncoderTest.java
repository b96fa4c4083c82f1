package dev.quorum.registration.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.platform.problem.ServiceBusyException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Holds the first {@code held} hashes inside until released; later ones return at once. */
    static class HoldingEncoder implements PasswordEncoder {
        final AtomicInteger entered = new AtomicInteger();
        final CountDownLatch allHeld;
        final CountDownLatch release = new CountDownLatch(1);
        private final int held;

        HoldingEncoder(int held) {
            this.held = held;
            this.allHeld = new CountDownLatch(held);
        }

        @Override
        public String encode(CharSequence raw) {
            if (entered.incrementAndGet() <= held) {
                allHeld.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "{noop}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    @Test
    void runsAsManyHashesAtOnceAsItsPermitsAndTurnsAwayTheNext() throws Exception {
        HoldingEncoder holding = new HoldingEncoder(2);
        PasswordEncoder bounded = new BoundedPasswordEncoder(holding, 2, Duration.ofMillis(50));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> bounded.encode("first"));
            Future<String> second = pool.submit(() -> bounded.encode("second"));
            assertThat(holding.allHeld.await(30, TimeUnit.SECONDS))
                    .as("both permits in use at once")
                    .isTrue();

            // Without the bound this third hash would enter the encoder and return at once.
            assertThatThrownBy(() -> bounded.encode("third")).isInstanceOf(ServiceBusyException.class);
            assertThat(holding.entered)
                    .as("the third never reached the encoder")
                    .hasValue(2);

            holding.release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("{noop}first");
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("{noop}second");
            assertThat(bounded.encode("fourth")).isEqualTo("{noop}fourth");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void turnsAwayAHashThatWouldWaitTooLongAndRecoversWhenThePermitIsBack() throws Exception {
        HoldingEncoder holding = new HoldingEncoder(1);
        PasswordEncoder bounded = new BoundedPasswordEncoder(holding, 1, Duration.ofMillis(50));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> holder = pool.submit(() -> bounded.encode("first"));
        assertThat(holding.allHeld.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.encode("second")).isInstanceOfSatisfying(ServiceBusyException.class, busy -> {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.retryAfter())
                    .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        });

        holding.release.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo("{noop}first");
        assertThat(bounded.encode("third")).isEqualTo("{noop}third");
        pool.shutdown();
    }
}
