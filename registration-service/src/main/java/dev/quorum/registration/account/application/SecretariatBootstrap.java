package dev.quorum.registration.account.application;

import dev.quorum.platform.security.QuorumClaims;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.domain.Account;
import java.nio.charset.StandardCharsets;
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
 */
@Component
class SecretariatBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SecretariatBootstrap.class);

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
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No Secretariat account '" + username
                    + "' exists yet: set QUORUM_ADMIN_PASSWORD (and optionally QUORUM_ADMIN_USERNAME) to create it.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Account.MAX_PASSWORD_BYTES) {
            throw new IllegalStateException("QUORUM_ADMIN_PASSWORD is longer than bcrypt's "
                    + Account.MAX_PASSWORD_BYTES + " bytes of UTF-8: choose a shorter one.");
        }
        Account secretariat = new Account(
                UUID.randomUUID().toString(),
                username,
                passwords.encode(password),
                List.of(Roles.SECRETARIAT),
                List.of(QuorumClaims.ALL),
                Optional.empty(),
                List.of(),
                Optional.empty());
        if (accounts.insertIfAbsent(secretariat)) {
            log.info("Created the Secretariat account '{}'", username);
        }
    }
}
