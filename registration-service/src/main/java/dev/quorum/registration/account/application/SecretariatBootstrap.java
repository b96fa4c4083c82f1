package dev.quorum.registration.account.application;

import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.domain.Account;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the deployment's Secretariat account on first start, from {@code QUORUM_ADMIN_USERNAME}
 * and {@code QUORUM_ADMIN_PASSWORD}. An existing account is left as it is (its password is never
 * reset by configuration). Without the password and without the account, start-up fails: a
 * deployment nobody can sign in to is useless.
 *
 * <p>The store's first writes into a fresh database can fail once (the embedded server was seen
 * answering error -1 "Key already exists. Concurrency issue?"), so the check-and-create is
 * repeated a few times; it is idempotent, and the same account (same id) is offered each time, so
 * a write that was stored before it failed is found, not doubled.
 */
@Component
class SecretariatBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SecretariatBootstrap.class);
    /** Tries of the check-and-create before start-up fails. */
    static final int ATTEMPTS = 5;

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    SecretariatBootstrap(
            AccountRepository accounts,
            PasswordEncoder passwords,
            @Value("${quorum.secretariat.username}") String username,
            @Value("${quorum.secretariat.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Account secretariat = null;
        for (int attempt = 1; ; attempt++) {
            try {
                if (accounts.findByUsername(username).isPresent()) {
                    return;
                }
                if (secretariat == null) {
                    secretariat = newSecretariat();
                }
                if (accounts.insertIfAbsent(secretariat)) {
                    log.info("Created the Secretariat account '{}'", username);
                }
                return;
            } catch (IllegalStateException e) {
                // A configuration to fix (no or too long a password), not a store that may recover.
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("Creating the Secretariat account failed ({}); trying again", e.toString());
                pause();
            }
        }
    }

    private Account newSecretariat() {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No Secretariat account '" + username
                    + "' exists yet: set QUORUM_ADMIN_PASSWORD (and optionally QUORUM_ADMIN_USERNAME) to create it.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Account.MAX_PASSWORD_BYTES) {
            throw new IllegalStateException("QUORUM_ADMIN_PASSWORD is longer than bcrypt's "
                    + Account.MAX_PASSWORD_BYTES + " bytes of UTF-8: choose a shorter one.");
        }
        return new Account(
                UUID.randomUUID().toString(),
                username,
                passwords.encode(password),
                List.of(Roles.SECRETARIAT),
                List.of(QuorumClaims.ALL),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the Secretariat account", e);
        }
    }
}
