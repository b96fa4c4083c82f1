package dev.quorum.registration.account.application;

import dev.quorum.registration.account.domain.Account;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Checks a username and password against the stored hash. */
@Service
public class Authenticator {
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    // Compared against when the username is unknown, so that both failures cost the same time
    // and response times do not reveal which usernames exist.
    private final String unknownUserHash;

    private final SignInAttempts attempts;

    public Authenticator(AccountRepository accounts, PasswordEncoder passwords, SignInAttempts attempts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /**
     * The account, if the password is its own.
     *
     * @throws SignInThrottled while the username is locked after too many failures (before any
     *     hash is computed, and the same for unknown usernames)
     */
    public Optional<Account> authenticate(String username, String password) {
        String key = Account.usernameKey(username);
        Optional<Instant> locked = attempts.lockedUntil(key);
        if (locked.isPresent()) {
            throw new SignInThrottled(locked.get());
        }
        Optional<Account> account = accounts.findByUsername(username);
        String hash = account.map(Account::passwordHash).orElse(unknownUserHash);
        boolean matches = passwords.matches(password, hash);
        if (matches) {
            attempts.succeeded(key);
            return account;
        }
        attempts.failed(key);
        return Optional.empty();
    }

    /** Too many failed sign-ins for one username: refused until {@code until}. */
    public static final class SignInThrottled extends RuntimeException {
        private final Instant until;

        SignInThrottled(Instant until) {
            super("Too many failed sign-ins for this username", null, false, false);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }
}
