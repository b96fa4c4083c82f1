package dev.quorum.registration.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quorum.registration.account.domain.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The bootstrap survives the store failing its first writes, and creates exactly one account. */
class SecretariatBootstrapTest {
    private static final PasswordEncoder PLAIN = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hashed:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    };

    @Test
    void aStoreErrorOnTheFirstInsertIsRetriedAndTheSameAccountStoredOnce() {
        FlakyAccounts accounts = new FlakyAccounts(2, false);

        bootstrap(accounts, "secret-password").run(new DefaultApplicationArguments());

        assertThat(accounts.stored).hasSize(1);
        assertThat(accounts.stored.get(0).username()).isEqualTo("secretariat");
        // every try offered the same account, so a write stored before its error is not doubled
        assertThat(accounts.offeredIds)
                .hasSize(3)
                .containsOnly(accounts.stored.get(0).id());
    }

    @Test
    void anInsertThatWasStoredBeforeItFailedIsFoundOnTheNextTry() {
        FlakyAccounts accounts = new FlakyAccounts(1, true);

        bootstrap(accounts, "secret-password").run(new DefaultApplicationArguments());

        assertThat(accounts.stored).hasSize(1);
        assertThat(accounts.offeredIds).hasSize(1);
    }

    @Test
    void aStoreThatKeepsFailingStopsTheStartAfterTheLastTry() {
        FlakyAccounts accounts = new FlakyAccounts(SecretariatBootstrap.ATTEMPTS, false);

        assertThatThrownBy(() -> bootstrap(accounts, "secret-password").run(new DefaultApplicationArguments()))
                .hasMessageContaining("Concurrency issue");
        assertThat(accounts.stored).isEmpty();
        assertThat(accounts.offeredIds).hasSize(SecretariatBootstrap.ATTEMPTS);
    }

    @Test
    void aMissingPasswordIsAConfigurationErrorAndNotRetried() {
        FlakyAccounts accounts = new FlakyAccounts(0, false);

        assertThatThrownBy(() -> bootstrap(accounts, "").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUORUM_ADMIN_PASSWORD");
        assertThat(accounts.lookups).isEqualTo(1);
    }

    private static SecretariatBootstrap bootstrap(AccountRepository accounts, String password) {
        return new SecretariatBootstrap(accounts, PLAIN, "secretariat", password);
    }

    /** Fails its first {@code failures} inserts as the embedded server did, optionally after storing. */
    private static final class FlakyAccounts implements AccountRepository {
        final List<Account> stored = new ArrayList<>();
        final List<String> offeredIds = new ArrayList<>();
        int lookups;
        private int failures;
        private final boolean storeBeforeFailing;

        FlakyAccounts(int failures, boolean storeBeforeFailing) {
            this.failures = failures;
            this.storeBeforeFailing = storeBeforeFailing;
        }

        @Override
        public Optional<Account> findByUsername(String username) {
            lookups++;
            return stored.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public boolean insertIfAbsent(Account account) {
            offeredIds.add(account.id());
            if (failures > 0) {
                failures--;
                if (storeBeforeFailing) {
                    stored.add(account);
                }
                throw new RuntimeException("Key already exists. Concurrency issue?");
            }
            if (stored.stream().anyMatch(a -> a.username().equals(account.username()))) {
                return false;
            }
            stored.add(account);
            return true;
        }

        @Override
        public void delete(String accountId) {
            stored.removeIf(a -> a.id().equals(accountId));
        }

        @Override
        public Map<String, String> schoolAccountsCreatedBefore(Instant cutoff) {
            return Map.of();
        }
    }
}
