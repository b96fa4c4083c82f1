package dev.quorum.registration.account.application;

import dev.quorum.registration.account.domain.Account;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Accounts by their unique username. */
public interface AccountRepository {
    Optional<Account> findByUsername(String username);

    /** Stores a new account; false if the username is taken. */
    boolean insertIfAbsent(Account account);

    /** Removes an account created by a request that then failed (compensation). */
    void delete(String accountId);

    /**
     * The school of every advisor account created before {@code cutoff}, by account id: the
     * reconciler removes those whose school was never stored (an application that crashed).
     */
    Map<String, String> schoolAccountsCreatedBefore(Instant cutoff);
}
