package dev.quorum.registration.account.persistence;

import dev.quorum.platform.problem.ServiceBusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once (about one per core), in arrival order. bcrypt is
 * deliberately CPU-heavy: in a registration rush hundreds of concurrent hashes would each take the
 * whole machine's time and all finish late; queued, they finish in turn. A request that would wait
 * longer than {@code maxWait} is turned away with a 503 and {@code Retry-After} instead of waiting
 * past the gateway's timeout, before anything was stored.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration maxWait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes, Duration maxWait) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return withPermit(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return withPermit(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T withPermit(Supplier<T> hashing) {
        acquire();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusyException(
                        "Too many passwords are being checked right now; try again shortly.", RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("The request was interrupted while waiting; try again.", RETRY_AFTER);
        }
    }
}
