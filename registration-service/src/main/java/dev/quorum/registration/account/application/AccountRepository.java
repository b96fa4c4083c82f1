package dev.quorum.registration.account.application;

import dev.quorum.registration.account.domain.Account;
import java.util.Optional;

/** Accounts by their unique username. */
public interface AccountRepository {
    Optional<Account> findByUsername(String username);

    /** Stores a new account; false if the username is taken. */
    boolean insertIfAbsent(Account account);

    /** Removes an account created by a request that then failed (compensation). */
    void delete(String accountId);
}
