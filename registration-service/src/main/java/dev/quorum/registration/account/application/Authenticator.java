package dev.quorum.registration.account.application;

import dev.quorum.registration.account.domain.Account;
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

    public Authenticator(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = accounts.findByUsername(username);
        String hash = account.map(Account::passwordHash).orElse(unknownUserHash);
        boolean matches = passwords.matches(password, hash);
        return matches ? account : Optional.empty();
    }
}
