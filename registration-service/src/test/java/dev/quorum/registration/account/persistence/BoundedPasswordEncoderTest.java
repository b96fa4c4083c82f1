package dev.quorum.registration.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.platform.problem.ServiceBusyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Records how many calls ran at the same time. */
    static class CountingEncoder implements PasswordEncoder {
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            int now = active.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            Thread.yield();
            active.decrementAndGet();
            return "{noop}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    @Test
    void neverRunsMoreHashesAtOnceThanItsPermits() throws Exception {
        CountingEncoder counting = new CountingEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2, Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String password = "password-" + i;
            calls.add(pool.submit(() -> bounded.matches(password, bounded.encode(password))));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();

        assertThat(counting.mostAtOnce.get()).isBetween(1, 2);
        assertThat(bounded.matches("x", "{noop}x")).isTrue();
    }

    @Test
    void turnsAwayAHashThatWouldWaitTooLongAndRecoversWhenThePermitIsBack() throws Exception {
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder blocking = new CountingEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "{noop}" + raw;
            }
        };
        PasswordEncoder bounded = new BoundedPasswordEncoder(blocking, 1, Duration.ofMillis(50));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> holder = pool.submit(() -> bounded.encode("first"));
        hashing.await();

        assertThatThrownBy(() -> bounded.encode("second")).isInstanceOfSatisfying(ServiceBusyException.class, busy -> {
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.retryAfter())
                    .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        });

        release.countDown();
        assertThat(holder.get()).isEqualTo("{noop}first");
        assertThat(bounded.encode("third")).isEqualTo("{noop}third");
        pool.shutdown();
    }
}
