package dev.quorum.registration.account.persistence;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's delegating encoder (bcrypt today, upgradable without breaking stored hashes),
 * with at most {@code quorum.passwords.concurrent-hashes} hashes at once (default: one per core)
 * and at most {@code quorum.passwords.max-wait} in the queue for one. The default, 25 s, fits the
 * gateway's 30 s timeout for sign-ins and applications with 5 s left for the hash and the writes
 * after it: a longer wait would answer after the gateway gave up, a shorter one turns a queue that
 * is only slow (a rush, with the rest of the system taking CPU) into 503s that the client must
 * retry at the back of the queue (ADR 46).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${quorum.passwords.concurrent-hashes:0}") int concurrentHashes,
            @Value("${quorum.passwords.max-wait:25s}") Duration maxWait) {
        int permits =
                concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors();
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), permits, maxWait);
    }
}
